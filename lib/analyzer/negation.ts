/**
 * Negated praise ("not happy", "never been helpful"): the first positive word within a few words of a negator, when
 * the negator governs it (word-classes.ts).
 */
import type { Evidence } from './evidence';
import { wordValence } from './sentiment';
import type { Token } from './tokens';
import { negatorGoverns } from './word-classes';

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'hardly', 'barely', 'nobody']);
const WINDOW = 5;
const MAX_WINDOWS = 6;

export interface Negation {
  /** AFINN points to add for negated words the `sentiment` package's one-word look-back missed. */
  valenceShift: number;
}

/** Find negated positive words, add frustration evidence with the negator-to-word span, and correct AFINN. */
export function negationHits(text: string, tokens: Token[], evidence: Evidence): Negation {
  let valenceShift = 0;
  let windows = 0;
  for (let i = 0; i < tokens.length && windows < MAX_WINDOWS; i++) {
    if (!NEGATORS.has((tokens[i] as Token).norm)) continue;
    const end = Math.min(tokens.length, i + WINDOW + 1);
    let positive = -1;
    for (let j = i + 1; j < end; j++) {
      if (wordValence((tokens[j] as Token).norm) >= 2) {
        positive = j;
        break;
      }
    }
    if (positive < 0) continue;
    windows++;
    const first = tokens[i] as Token;
    const last = tokens[positive] as Token;
    if (!negatorGoverns(text, tokens, i, positive)) continue;
    const word = last.norm;
    const v = wordValence(word);
    // The sentiment strategy already flips words one or two places after a negator.
    if (positive - i > 2) valenceShift -= 2 * v;
    evidence.add(
      'frustration',
      {
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        rule: `negation:${word}`,
      },
      0.35,
    );
  }
  return { valenceShift };
}
