/**
 * Whether the learned abuse model's words are aimed at someone (the agent), not just present: a second-person word in
 * the same sentence as one of its content words, or a probability far past the threshold. Split from escalation.ts.
 */
import { possessesAThing } from './abuse';
import type { Gathered } from './escalation';
import { FUNCTION_WORDS } from './language';
import type { ModelEstimate } from './model/linear';
import { POLITE } from './rules';
import type { Token } from './tokens';

/** Second-person words: "you/your" in the same sentence as the model's words is abuse at the agent (guidance.md). */
export const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'u',
  'ur',
  'ya',
  "you're",
  'youre',
]);
export function onlyPronounsAndGlue(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = (tokens[i] as Token).norm;
    if (!SECOND_PERSON.has(norm) && !FUNCTION_WORDS.has(norm)) return false;
  }
  return true;
}

/** Far enough past the threshold, the model's words are abuse on their own ("what an idiot"), whoever they are about. */
const CLEAR_ABUSE = 0.5;

/**
 * Whether the model's abusive words are aimed at someone: a second-person word in the same sentence as one of them
 * (not one of them itself), or a probability far past the threshold. "This is ridiculous. Let me speak to your
 * manager." is anger at the situation and a request, not abuse at the agent: there the two sit in different sentences.
 */
export function aimedAtSomeone(g: Gathered, abuse: ModelEstimate, threshold: number): boolean {
  if (abuse.probability >= threshold + (1 - threshold) * CLEAR_ABUSE) return true;
  const { text, tokens } = g;
  // Each token's sentence, in one pass over the text (a sentence ends at . ! ? or a line break).
  const sentence: number[] = [];
  let n = 0;
  let at = 0;
  for (const t of tokens) {
    for (; at < t.start; at++) if ('.!?\n'.includes(text[at] as string)) n++;
    sentence.push(n);
  }
  const sentenceOf = (i: number) => sentence[i] as number;
  const addressed = new Set<number>();
  tokens.forEach((t, i) => {
    if (SECOND_PERSON.has(t.norm) && !possessesAThing(text, tokens, i)) addressed.add(sentenceOf(i));
  });
  if (addressed.size === 0 || POLITE.matchAll(tokens).length > 0) return false;
  // A content word of the model's, not a pronoun ("… overcharge me?"), in a sentence that addresses someone.
  return abuse.top.some((c) => {
    for (let i = c.from; i < c.to; i++) {
      const norm = (tokens[i] as Token).norm;
      if (!SECOND_PERSON.has(norm) && !FUNCTION_WORDS.has(norm) && addressed.has(sentenceOf(i))) return true;
    }
    return false;
  });
}
