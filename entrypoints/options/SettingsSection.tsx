/** Every setting in one place (the popup holds the everyday ones too), including each other helpdesk's selectors. */
import { useStore } from 'zustand';
import { AgentNameField } from '../../components/AgentNameField';
import { InsertModeField } from '../../components/InsertModeField';
import { KindsField } from '../../components/KindsField';
import { ProblemList } from '../../components/ProblemList';
import { SelectorFields } from '../../components/SelectorFields';
import { SensitivityField } from '../../components/SensitivityField';
import { SitesList } from '../../components/SitesList';
import { isBuiltInOrigin } from '../../lib/sites/built-in-hosts';
import { withCustomSelectors } from '../../lib/storage/settings-schema';
import type { OptionsStore } from './store';

export function SettingsSection({ store }: { store: OptionsStore }) {
  const settings = useStore(store, (s) => s.settings);
  const problems = useStore(store, (s) => s.problems);
  const { change } = store.getState();
  return (
    <section className="section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <ProblemList problems={problems} error={null} />
      {settings && (
        <div className="settings-grid">
          <SensitivityField
            value={settings.sensitivity}
            onChange={(v) => void change((s) => ({ ...s, sensitivity: v }))}
          />
          <InsertModeField
            value={settings.insertMode}
            onChange={(v) => void change((s) => ({ ...s, insertMode: v }))}
          />
          <KindsField
            shown={settings.kindsShown}
            onToggle={(kind, on) =>
              void change((s) => ({
                ...s,
                kindsShown: on
                  ? [...s.kindsShown.filter((k) => k !== kind), kind]
                  : s.kindsShown.filter((k) => k !== kind),
              }))
            }
          />
          <AgentNameField
            value={settings.agentName}
            onSave={(name) => void change((s) => ({ ...s, agentName: name.trim().slice(0, 80) }))}
          />
          {Object.keys(settings.sites)
            .filter((origin) => !isBuiltInOrigin(origin))
            .map((origin) => (
              <SelectorFields
                key={origin}
                origin={origin}
                value={settings.customSelectors[origin]}
                onSave={(sel) => void change((s) => withCustomSelectors(s, origin, sel))}
              />
            ))}
          <SitesList
            sites={settings.sites}
            onForget={(origin) =>
              void change((s) => {
                const sites = { ...s.sites };
                delete sites[origin];
                return { ...s, sites };
              })
            }
          />
        </div>
      )}
    </section>
  );
}
