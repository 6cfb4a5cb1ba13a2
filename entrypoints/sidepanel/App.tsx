/** The side panel: one store per panel, created once and provided through context (conventions C9). */
import { useEffect, useState } from 'react';
import { SidepanelProvider, useSidepanel } from './context';
import { useFollowActiveTab } from './follow-tab';
import { CoachSection } from './sections/CoachSection';
import { FlagsSection } from './sections/FlagsSection';
import { HealthSection } from './sections/HealthSection';
import { ReviewsSection } from './sections/ReviewsSection';
import { RiskSection } from './sections/RiskSection';
import { StatusHeader } from './sections/StatusHeader';
import { SuggestionsSection } from './sections/SuggestionsSection';
import { SummarySection } from './sections/SummarySection';
import { createSidepanelStore, type SidepanelDeps } from './store';
import { useNumberKeys } from './use-number-keys';

export interface AppProps extends SidepanelDeps {
  /** Follow the active tab of the window (when not opened for one tab). */
  follow?: boolean;
}

export function App(props: AppProps) {
  const [store] = useState(() => createSidepanelStore(props));
  useEffect(() => () => store.getState().dispose(), [store]);
  useFollowActiveTab(store, props.follow ?? false);
  useNumberKeys(store);
  return (
    <SidepanelProvider store={store}>
      <StatusHeader />
      <main className="panel-main">
        <Body />
      </main>
    </SidepanelProvider>
  );
}

/**
 * Read in one glance, top down: what Poise can read here, the level, the newest flagged message with its words
 * marked, the best few suggestions, the coach on the agent's draft, then the rest.
 */
function Body() {
  const ready = useSidepanel((s) => s.panel?.status === 'ready');
  return (
    <>
      <HealthSection />
      {ready && (
        <>
          <RiskSection />
          <FlagsSection />
          <SuggestionsSection />
          <CoachSection />
          <SummarySection />
        </>
      )}
      <ReviewsSection />
    </>
  );
}
