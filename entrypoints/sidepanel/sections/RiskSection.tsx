import { useMemo } from 'react';
import { NotReading } from '../../../components/NotReading';
import { RiskMeter } from '../../../components/RiskMeter';
import { useSidepanel } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

/** The risk level, or, until a customer message was read, the reason there is none. */
export function RiskSection() {
  const reading = useSidepanel(sel.reading);
  const reason = useSidepanel(sel.notReadingReason);
  const level = useSidepanel(sel.level);
  const score = useSidepanel(sel.score);
  const trend = useSidepanel(sel.trend);
  const history = useSidepanel((s) => s.panel?.risk.history);
  const announcement = useSidepanel((s) => s.announcement);
  const scores = useMemo(() => (history ?? []).map((p) => p.score), [history]);
  return (
    <>
      {reading ? (
        <RiskMeter level={level} score={score} trend={trend} scores={scores} />
      ) : (
        <NotReading reason={reason} />
      )}
      {/* Outside both, so it is in the page before it changes: the first level read is announced too. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
