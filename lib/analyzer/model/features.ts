/**
 * Features for the learned estimate, shared by inference (linear.ts) and training (tools/train): the words and word
 * pairs of the message plus a few dense cues (AFINN, loudness). Same code both ways, so train and run agree.
 */
import type { Token } from '../tokens';

export interface DenseCues {
  afinn: number;
  comparative: number;
  intensity: number;
}

export interface Feature {
  name: string;
  /** Token range the feature came from (for spans); -1 for dense cues. */
  from: number;
  to: number;
  value: number;
}

/** Sparse word and word-pair features plus dense cues. */
export function featuresOf(tokens: Token[], cues: DenseCues, limit = 400): Feature[] {
  const out: Feature[] = [];
  const n = Math.min(tokens.length, limit);
  for (let i = 0; i < n; i++) {
    const w = (tokens[i] as Token).norm;
    if (!/\p{L}/u.test(w)) continue;
    out.push({ name: `w:${w}`, from: i, to: i + 1, value: 1 });
    const next = tokens[i + 1];
    if (next && i + 1 < n) out.push({ name: `b:${w}_${next.norm}`, from: i, to: i + 2, value: 1 });
  }
  out.push({ name: 'd:afinn_neg', from: -1, to: -1, value: Math.min(Math.max(-cues.afinn, 0), 10) / 5 });
  out.push({ name: 'd:afinn_pos', from: -1, to: -1, value: Math.min(Math.max(cues.afinn, 0), 10) / 5 });
  out.push({ name: 'd:comparative', from: -1, to: -1, value: Math.max(-2, Math.min(2, cues.comparative)) });
  out.push({ name: 'd:intensity', from: -1, to: -1, value: cues.intensity });
  out.push({ name: 'd:length', from: -1, to: -1, value: Math.min(n, 60) / 30 });
  return out;
}
