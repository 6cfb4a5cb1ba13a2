/** Every setting in one place (the popup holds the everyday ones too), including each other helpdesk's selectors. */
import { useStore } from 'zustand';
import { AgentNameField } from '../../components/AgentNameField';
import { InsertModeField } from '../../components/InsertModeField';
import { KindsField } from '../../components/KindsField';
import { OffersField } from '../../components/OffersField';
import { ProblemList } from '../../components/ProblemList';
import { SelectorFields } from '../../components/SelectorFields';
import { SensitivityField } from '../../components/SensitivityField';
import { SitesList } from '../../components/SitesList';
import { isBuiltInOrigin } from '../../lib/sites/built-in-hosts';
import {
  withAgentName,
  withCustomSelectors,
  withInsertMode,
  withKindShown,
  withOffer,
  withoutSite,
  withSensitivity,
} from '../../lib/storage/settings-edits';
import type { OptionsStore } from './store';

export function SettingsSection({ store }: { store: OptionsStore }) {
  const settings = useStore(store, (s) => s.settings);
  const problems = useStore(store, (s) => s.problems);
  const { change } = store.getState();
  return (
    <section className="section" id="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <ProblemList problems={problems} error={null} />
      {settings && (
        <div className="settings-grid">
          <SensitivityField
            value={settings.sensitivity}
            onChange={(v) => void change((s) => withSensitivity(s, v))}
          />
          <InsertModeField
            value={settings.insertMode}
            onChange={(v) => void change((s) => withInsertMode(s, v))}
          />
          {/* The two long lists span two rows, so the short fields fill the space beside them. */}
          <div className="settings-tall">
            <KindsField
              shown={settings.kindsShown}
              onToggle={(kind, on) => void change((s) => withKindShown(s, kind, on))}
            />
          </div>
          <div className="settings-tall">
            <OffersField
              allowed={settings.offers}
              onToggle={(offer, on) => void change((s) => withOffer(s, offer, on))}
            />
          </div>
          <AgentNameField
            value={settings.agentName}
            onSave={(name) => void change((s) => withAgentName(s, name))}
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
            onForget={(origin) => void change((s) => withoutSite(s, origin))}
          />
        </div>
      )}
    </section>
  );
}
