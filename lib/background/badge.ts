import type { RiskLevel } from '../analyzer/types';

/** Toolbar badge per level: a short mark plus a colour, and the level in words in the title (never colour alone). */
export const BADGE: Record<RiskLevel, { text: string; color: string }> = {
  calm: { text: '', color: '#2e7d32' },
  watch: { text: '!', color: '#8a6d00' },
  escalating: { text: '!!', color: '#c25400' },
  critical: { text: '!!!', color: '#b00020' },
};

export function badgeTitle(level: RiskLevel | null, score: number): string {
  return level ? `Poise: ${level} (risk ${Math.round(score)} of 100)` : 'Poise';
}
