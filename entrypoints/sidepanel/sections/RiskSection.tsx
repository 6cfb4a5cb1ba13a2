import { useMemo } from 'react';
import { RiskMeter } from '../../../components/RiskMeter';
import { useSidepanel } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

export function RiskSection() {
  const level = useSidepanel(sel.level);
  const score = useSidepanel(sel.score);
  const trend = useSidepanel(sel.trend);
  const history = useSidepanel((s) => s.panel?.risk.history);
  const announcement = useSidepanel((s) => s.announcement);
  const scores = useMemo(() => (history ?? []).map((p) => p.score), [history]);
  return <RiskMeter level={level} score={score} trend={trend} scores={scores} announcement={announcement} />;
}
