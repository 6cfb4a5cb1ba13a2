/**
 * AFINN from the `sentiment` package, run as its own language so the support vocabulary never leaks into other users
 * of the package (its `extras` option mutates the shared English labels in place).
 */
import Sentiment from 'sentiment';
import english from 'sentiment/languages/en/index.js';
import { NEGATORS, NEUTRAL_PHRASES, SUPPORT_WORDS } from './lexicon/support';
import { PatternSet } from './patterns';
import type { Token } from './tokens';

const LANGUAGE = 'poise-support';
// A copy: the package's own English labels stay untouched for anyone else using it.
const labels: Record<string, number> = { ...english.labels, ...Object.fromEntries(SUPPORT_WORDS) };
const negators = new Set<string>(NEGATORS);

const engine = new Sentiment();
engine.registerLanguage(LANGUAGE, {
  labels,
  scoringStrategy: {
    apply(tokens: string[], cursor: number, tokenScore: number): number {
      // Look one word further back than the package does: "not very happy", "never been helpful".
      const prev = tokens[cursor - 1];
      const prev2 = tokens[cursor - 2];
      if ((prev && negators.has(prev)) || (prev2 && negators.has(prev2))) return -tokenScore;
      return tokenScore;
    },
  },
});

const neutral = new PatternSet(NEUTRAL_PHRASES.map((p) => [p, p] as const));

/** The AFINN value of one word in a support chat (0 when unknown). */
export function wordValence(word: string): number {
  // Own keys only: a word such as "constructor" must not reach Object.prototype.
  return Object.hasOwn(labels, word) ? (labels[word] as number) : 0;
}

export interface Valence {
  score: number;
  /** Words that carried a score, for explanations and model features. */
  negativeWords: string[];
  positiveWords: string[];
}

/** AFINN over the text, with support words applied and calm formulas ("no problem", "cancel my order") cancelled. */
export function afinnScore(text: string, tokens: Token[]): Valence {
  const result = engine.analyze(text, { language: LANGUAGE });
  let score = result.score;
  for (const m of neutral.matchAll(tokens)) {
    for (let i = m.from; i < m.to; i++) score -= wordValence((tokens[i] as Token).norm);
  }
  return { score, negativeWords: result.negative, positiveWords: result.positive };
}
