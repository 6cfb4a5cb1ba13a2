/**
 * The options page: a bar of links to its sections (the privacy statement one click from the top), then the
 * settings, the playbook editor, what Poise learned from dismissals, a page capture for bug reports and the privacy
 * statement.
 */
import { useEffect, useState } from 'react';
import { PrivacyStatement } from '../../components/PrivacyStatement';
import { CaptureSection } from './CaptureSection';
import type { CaptureApi } from './capture-api';
import { LearnedSection } from './LearnedSection';
import { PlaybookSection } from './PlaybookSection';
import { SettingsSection } from './SettingsSection';
import { createOptionsStore, type OptionsDeps } from './store';

const SECTIONS = [
  ['settings', 'Settings'],
  ['playbook', 'Playbook'],
  ['learned', 'Learned'],
  ['capture', 'Bug report'],
  ['privacy', 'Privacy'],
] as const;

export function App(deps: OptionsDeps & { capture?: CaptureApi }) {
  const [store] = useState(() => createOptionsStore(deps));
  useEffect(() => {
    void store.getState().load();
    return store.getState().watch();
  }, [store]);
  return (
    <>
      <header className="panel-header options-header">
        <h1>Poise options</h1>
        <nav aria-label="Sections" className="options-nav">
          <ul>
            {SECTIONS.filter(([id]) => id !== 'capture' || deps.capture).map(([id, words]) => (
              <li key={id}>
                <a href={`#${id}`}>{words}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="panel-main options">
        <SettingsSection store={store} />
        <PlaybookSection store={store} api={deps.playbook} />
        <LearnedSection store={store} />
        {deps.capture && <CaptureSection api={deps.capture} />}
        <PrivacyStatement />
      </main>
    </>
  );
}
