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
  /** Exclamation marks in the text, and whether it trails off ("..."). */
  exclamations: number;
  ellipsis: boolean;
  /** Token indexes that start a new clause (punctuation before them): negation scope ends there. */
  breaks: ReadonlySet<number>;
}

export interface Feature {
  name: string;
  /** Token range the feature came from (for spans); -1 for dense cues. */
  from: number;
  to: number;
  value: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Words that put the next few words of their clause in negation scope ("not … helpful"). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
]);
const SCOPE = 3;

/**
 * Sparse features (first 400 tokens): words, word pairs, and words in a negator's scope (`n:helpful` in "not very
 * helpful", up to three words and never past the clause), plus dense cues.
 */
export function featuresOf(tokens: Token[], cues: DenseCues, limit = 400): Feature[] {
  const out: Feature[] = [];
  const n = Math.min(tokens.length, limit);
  const seen = new Set<string>();
  let scope = 0;
  for (let i = 0; i < n; i++) {
    const w = (tokens[i] as Token).norm;
    if (cues.breaks.has(i)) scope = 0;
    if (NEGATORS.has(w)) scope = SCOPE + 1;
    else if (scope > 0 && /\p{L}/u.test(w)) {
      const neg = `n:${w}`;
      if (!seen.has(neg)) {
        seen.add(neg);
        out.push({ name: neg, from: i, to: i + 1, value: 1 });
      }
    }
    if (scope > 0) scope--;
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
    ['d:exclamation', Math.min(cues.exclamations, 3) / 3],
    ['d:ellipsis', cues.ellipsis ? 1 : 0],
  ];
  for (const [name, value] of dense) out.push({ name, from: -1, to: -1, value });
  return out;
}
