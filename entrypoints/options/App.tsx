/** The options page: the playbook editor, all settings and the privacy statement. */
import { useEffect, useState } from 'react';
import { PrivacyStatement } from '../../components/PrivacyStatement';
import { PlaybookSection } from './PlaybookSection';
import { SettingsSection } from './SettingsSection';
import { createOptionsStore, type OptionsDeps } from './store';

export function App(deps: OptionsDeps) {
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
        <PrivacyStatement />
      </main>
    </>
  );
}
