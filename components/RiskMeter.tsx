import type { RiskLevel, Trend } from '../lib/analyzer/types';
import { LEVEL_HINTS, LEVEL_WORDS, TREND_ARROWS, TREND_WORDS } from '../lib/ui/risk-display';
import { LevelShape } from './LevelShape';
import { RiskChart } from './RiskChart';

interface Props {
  level: RiskLevel;
  score: number;
  trend: Trend;
  scores: readonly number[];
}

/** Risk at the top of the panel: level as a word and a shape as well as a colour, score, trend and chart. */
export function RiskMeter({ level, score, trend, scores }: Props) {
  return (
    <section className={`risk risk-${level}`} aria-labelledby="risk-heading">
      <h2 id="risk-heading" className="visually-hidden">
        Risk
      </h2>
      <div className="risk-row">
        <p className="risk-level" data-testid="risk-level" data-level={level}>
          <LevelShape level={level} size={22} />
          <span className="risk-word">{LEVEL_WORDS[level]}</span>
        </p>
        <p className="risk-numbers">
          <span className="risk-score" title="Risk score from 0 to 100">
            {score}
            <span className="visually-hidden"> out of 100</span>
          </span>
          <span className={`risk-trend trend-${trend}`}>
            <span aria-hidden="true">{TREND_ARROWS[trend]} </span>
            {TREND_WORDS[trend]}
          </span>
        </p>
      </div>
      <p className="risk-hint">{LEVEL_HINTS[level]}</p>
      <RiskChart scores={scores} label="Risk over the conversation" />
    </section>
  );
}
