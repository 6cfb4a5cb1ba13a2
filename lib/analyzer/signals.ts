/**
 * Evidence to signals: strength grows with evidence and saturates (1 − e^−x), and a signal is raised when its
 * strength passes the threshold for the agent's sensitivity.
 */

import type { Sensitivity } from '../chat';
import type { Evidence } from './evidence';
import { SIGNAL_NAMES, type Signal, type SignalName } from './types';

/** Strength a signal needs to be raised, per sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.55, default: 0.4, high: 0.3 };

const LABELS: Record<SignalName, string> = {
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
    const spans = hits.map((h) => h.span).sort((a, b) => a.start - b.start);
    const words = [...new Set(spans.map((s) => `“${s.text}”`))].slice(0, 3).join(', ');
    out.push({ name, strength: Math.round(strength * 100) / 100, spans, why: `${LABELS[name]}: ${words}` });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
