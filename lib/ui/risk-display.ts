/** Words for risk levels and trends: the panel never shows a level by colour alone. */
import type { RiskLevel, Trend } from '../analyzer/types';

export const LEVEL_WORDS: Record<RiskLevel, string> = {
  calm: 'Calm',
  watch: 'Watch',
  escalating: 'Escalating',
  critical: 'Critical',
};

/** What each level asks of the agent, in one line. */
export const LEVEL_HINTS: Record<RiskLevel, string> = {
  calm: 'No sign of escalation.',
  watch: 'Some frustration: acknowledge it.',
  escalating: 'The customer is getting upset: slow down, empathise, be concrete.',
  critical: 'Serious risk: keep calm, set boundaries or refer with a timeline.',
};

export const TREND_WORDS: Record<Trend, string> = { rising: 'rising', steady: 'steady', falling: 'falling' };
export const TREND_ARROWS: Record<Trend, string> = { rising: '↑', steady: '→', falling: '↓' };

/** The score as the panel shows it: a whole number from 0 to 100. The meter and the live region both use it. */
export function displayScore(score: number): number {
  return Number.isFinite(score) ? Math.max(0, Math.min(100, Math.round(score))) : 0;
}

/** The sentence the live region announces when the level or the shown score changes. */
export function levelAnnouncement(level: RiskLevel, score: number): string {
  return `Risk level ${LEVEL_WORDS[level]}, score ${displayScore(score)}.`;
}
