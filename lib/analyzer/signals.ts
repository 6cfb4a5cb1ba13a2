/**
 * Evidence to signals: strength grows with evidence and saturates (1 − e^−x), and a signal is raised when its
 * strength passes the threshold for the agent's sensitivity.
 */

import type { Sensitivity } from '../chat';
import type { Evidence } from './evidence';
import { SIGNAL_NAMES, type Signal, type SignalName, type Span } from './types';

/** Strength a signal needs to be raised, per sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.55, default: 0.4, high: 0.3 };

/** Each signal in an agent's words: the explanation line, and what the options page lists as learned. */
export const SIGNAL_LABELS: Record<SignalName, string> = {
  frustration: 'frustration',
  anger: 'anger',
  abusive: 'abusive language',
  threat_churn: 'may leave',
  threat_complaint: 'complaint or public review',
  threat_escalation: 'asks for someone else',
  threat_legal: 'legal threat',
};

/** Strength 0..1 for an amount of evidence. */
export function strengthOf(evidence: number): number {
  return 1 - Math.exp(-evidence);
}

/**
 * The trigger words of one signal for its why line: overlapping spans ("still not", "still", "not working") read as
 * the one stretch of text they cover ("still not working"), so no word is listed twice. The spans themselves stay
 * apart: each names the rule a dismissal turns down.
 */
function mergedWords(sorted: readonly Span[]): string[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        last.text += s.text.slice(last.end - s.start);
        last.end = s.end;
      }
    } else out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out.map((w) => `“${w.text}”`);
}

/** The raised signals, strongest first, each with its spans in text order. */
export function signalsFrom(
  evidence: Evidence,
  sensitivity: Sensitivity,
  suppressed: ReadonlySet<SignalName> = new Set(),
): Signal[] {
  const threshold = THRESHOLDS[sensitivity] ?? THRESHOLDS.default;
  const out: Signal[] = [];
  for (const name of SIGNAL_NAMES) {
    const hits = evidence.hits.get(name);
    if (!hits || hits.length === 0 || suppressed.has(name)) continue;
    const strength = strengthOf(evidence.total(name));
    if (strength < threshold) continue;
    const spans = hits.map((h) => h.span).sort((a, b) => a.start - b.start || b.end - a.end);
    const words = [...new Set(mergedWords(spans))].slice(0, 3).join(', ');
    out.push({
      name,
      strength: Math.round(strength * 100) / 100,
      spans,
      why: `${SIGNAL_LABELS[name]}: ${words}`,
    });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
