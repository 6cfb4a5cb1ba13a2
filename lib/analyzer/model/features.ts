/**
 * Features for the learned estimate, shared by inference (linear.ts) and training (tools/train): the words and word
 * pairs of the message plus dense cues (AFINN, loudness, the hand rules' evidence). Same code both ways.
 */
import type { Token } from '../tokens';

export interface DenseCues {
  afinn: number;
  comparative: number;
  intensity: number;
  /** Evidence the hand rules found, per signal group. */
  frustration: number;
  anger: number;
  abusive: number;
  threat: number;
  question: boolean;
}

export interface Feature {
  name: string;
  /** Token range the feature came from (for spans); -1 for dense cues. */
  from: number;
  to: number;
  value: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Sparse word and word-pair features (first 400 tokens) plus dense cues. */
export function featuresOf(tokens: Token[], cues: DenseCues, limit = 400): Feature[] {
  const out: Feature[] = [];
  const n = Math.min(tokens.length, limit);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const w = (tokens[i] as Token).norm;
    if (!/\p{L}/u.test(w)) continue;
    const uni = `w:${w}`;
    if (!seen.has(uni)) {
      seen.add(uni);
      out.push({ name: uni, from: i, to: i + 1, value: 1 });
    }
    const next = tokens[i + 1];
    if (!next || i + 1 >= n) continue;
    const bi = `b:${w}_${next.norm}`;
    if (!seen.has(bi)) {
      seen.add(bi);
      out.push({ name: bi, from: i, to: i + 2, value: 1 });
    }
  }
  const dense: [string, number][] = [
    ['d:afinn_neg', clamp(-cues.afinn, 0, 10) / 5],
    ['d:afinn_pos', clamp(cues.afinn, 0, 10) / 5],
    ['d:comparative', clamp(cues.comparative, -2, 2)],
    ['d:intensity', cues.intensity],
    ['d:length', Math.min(n, 60) / 30],
    ['d:rule_frustration', Math.min(cues.frustration, 3)],
    ['d:rule_anger', Math.min(cues.anger, 3)],
    ['d:rule_abusive', Math.min(cues.abusive, 3)],
    ['d:rule_threat', Math.min(cues.threat, 3)],
    ['d:question', cues.question ? 1 : 0],
  ];
  for (const [name, value] of dense) out.push({ name, from: -1, to: -1, value });
  return out;
}
