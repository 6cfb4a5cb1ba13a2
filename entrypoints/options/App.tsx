/** The options page: the playbook editor, all settings, a page capture for bug reports and the privacy statement. */
import { useEffect, useState } from 'react';
import { PrivacyStatement } from '../../components/PrivacyStatement';
import { CaptureSection } from './CaptureSection';
import type { CaptureApi } from './capture-api';
import { PlaybookSection } from './PlaybookSection';
import { SettingsSection } from './SettingsSection';
import { createOptionsStore, type OptionsDeps } from './store';

export function App(deps: OptionsDeps & { capture?: CaptureApi }) {
  const [store] = useState(() => createOptionsStore(deps));
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  return (
    <>
      <header className="panel-header">
        <h1>Poise options</h1>
      </header>
      <main className="panel-main options">
        <SettingsSection store={store} />
        <PlaybookSection store={store} api={deps.playbook} />
        {deps.capture && <CaptureSection api={deps.capture} />}
        <PrivacyStatement />
      </main>
    </>
  );
}
