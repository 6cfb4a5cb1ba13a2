/** The popup: this site on or off, sensitivity, suggestion kinds, the agent's name, and the side panel. */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { AgentNameField } from '../../components/AgentNameField';
import { KindsField } from '../../components/KindsField';
import { ProblemList } from '../../components/ProblemList';
import { SelectorFields } from '../../components/SelectorFields';
import { SensitivityField } from '../../components/SensitivityField';
import { SiteSwitch } from '../../components/SiteSwitch';
import { PANEL_NAME } from '../../lib/browser-surface';
import { createPopupStore, type PopupDeps } from './store';

export function App(props: PopupDeps & { onOpenedPanel?: () => void }) {
  const [store] = useState(() => createPopupStore(props));
  const site = useStore(store, (s) => s.site);
  const settings = useStore(store, (s) => s.settings);
  const problems = useStore(store, (s) => s.problems);
  const error = useStore(store, (s) => s.error);
  const busy = useStore(store, (s) => s.busy);
  const actions = store.getState();
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  const custom = site?.origin && !site.builtIn && site.permitted;
  return (
    <>
      <header className="panel-header">
        <h1>Poise</h1>
      </header>
      <main className="panel-main popup">
        <section aria-labelledby="site-heading">
          <h2 id="site-heading">This site</h2>
          <SiteSwitch
            site={site}
            busy={busy}
            onToggle={(on) => void actions.setEnabled(on)}
            onUseHere={() => void actions.enableOnThisSite()}
          />
          {/* Only where Poise can run: next to "Poise cannot run on this page" the panel would have nothing to show. */}
          {props.tabId !== null && site?.origin && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                // Straight from the click: the side panel and Firefox's sidebar open only inside the user gesture.
                void actions.openPanel().then(() => props.onOpenedPanel?.());
              }}
            >
              Open {PANEL_NAME}
            </button>
          )}
        </section>
        <ProblemList problems={problems} error={error} />
        {settings && (
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">Settings</h2>
            <SensitivityField value={settings.sensitivity} onChange={(v) => void actions.setSensitivity(v)} />
            <KindsField shown={settings.kindsShown} onToggle={(k, on) => void actions.toggleKind(k, on)} />
            <AgentNameField value={settings.agentName} onSave={(n) => void actions.setAgentName(n)} />
            {custom && site.origin && (
              <SelectorFields
                origin={site.origin}
                value={settings.customSelectors[site.origin]}
                onSave={(sel) => void actions.setCustomSelectors(sel)}
              />
            )}
          </section>
        )}
      </main>
    </>
  );
}
