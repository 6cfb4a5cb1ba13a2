/**
 * Features of the learned abuse estimate (abuse-model.ts), shared by inference and tools/train. Abuse at an agent
 * comes in words no list holds ("you halfwit", "go away, you smell"), so besides words and word pairs the model sees:
 * - character n-grams of each word (`c:`), which reach unseen inflections, compounds and creative spellings;
 * - second-person targeting (`t:`): a word within a few words of "you/your" is kept as a targeted word, so "you are
 *   thick" and "this app is thick" weigh differently, and insulting a product stays frustration;
 * - the word shape of the message (capitals, length) and the hand rules' abuse evidence.
 */
import type { Token } from '../tokens';

export interface AbuseCues {
  /** Abuse evidence the hand rules found (abuse.ts, lexicon phrases). */
  rule: number;
  /** Frustration evidence the hand rules found (an insult about a thing lands there). */
  frustration: number;
  question: boolean;
  /** AFINN with the support vocabulary: praise aimed at "you" is not abuse. */
  afinn: number;
}

export interface AbuseFeature {
  name: string;
  /** Token range the feature came from (for spans); -1 for whole-message features. */
  from: number;
  to: number;
  value: number;
}

const ADDRESSEE = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'thee', 'thou', 'ya']);
const WINDOW = 3;
const LIMIT = 120;

/** Character 3- and 4-grams of a word, with its boundaries marked (`<yo`, `ou>`). */
function charGrams(word: string): string[] {
  const padded = `<${word}>`;
  const out: string[] = [];
  for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

/** Sparse and dense features of one message (first LIMIT tokens). */
export function abuseFeaturesOf(tokens: readonly Token[], cues: AbuseCues): AbuseFeature[] {
  const n = Math.min(tokens.length, LIMIT);
  const out: AbuseFeature[] = [];
  const seen = new Set<string>();
  const push = (name: string, from: number, to: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, from, to, value: 1 });
  };
  const norms = tokens.slice(0, n).map((t) => t.norm);
  const targeted = new Set<number>();
  norms.forEach((w, i) => {
    if (!ADDRESSEE.has(w)) return;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) if (j !== i) targeted.add(j);
  });
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < n; i++) {
    const w = norms[i] as string;
    if (!/\p{L}/u.test(w)) continue;
    push(`w:${w}`, i, i + 1);
    if (targeted.has(i) && !ADDRESSEE.has(w)) push(`t:${w}`, i, i + 1);
    const next = norms[i + 1];
    if (next !== undefined) push(`b:${w}_${next}`, i, i + 2);
    if (w.length >= 3) for (const g of charGrams(w)) push(`c:${g}`, i, i + 1);
    const raw = (tokens[i] as Token).raw;
    letters += raw.length;
    for (const ch of raw) if (ch !== ch.toLowerCase()) capitals++;
  }
  const addressed = norms.some((w) => ADDRESSEE.has(w));
  const dense: [string, number][] = [
    ['d:rule_abusive', Math.min(cues.rule, 3)],
    ['d:rule_frustration', Math.min(cues.frustration, 3)],
    ['d:addressed', addressed ? 1 : 0],
    ['d:question', cues.question ? 1 : 0],
    ['d:afinn_pos', Math.min(Math.max(cues.afinn, 0), 10) / 5],
    ['d:afinn_neg', Math.min(Math.max(-cues.afinn, 0), 10) / 5],
    ['d:short', n <= 3 ? 1 : 0],
    ['d:length', Math.min(n, 40) / 20],
    ['d:capitals', letters > 0 && capitals / letters > 0.6 && letters >= 4 ? 1 : 0],
  ];
  for (const [name, value] of dense) out.push({ name, from: -1, to: -1, value });
  return out;
}
