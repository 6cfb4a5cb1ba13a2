/**
 * Sarcasm: AFINN reads "Oh brilliant, now the app logs me out" as praise. Praise marked as performed at the start of a
 * message (lexicon/frustration.ts SARCASTIC_PRAISE) that also reports a problem and no fix is frustration; so is praise
 * taken back at the end ("Cheers for the help... not.").
 */
import type { Evidence } from './evidence';
import { SARCASM_PROBLEMS, SARCASM_RESOLVED, SARCASTIC_PRAISE } from './lexicon/frustration';
import { PatternSet } from './patterns';
import { spanOf } from './phrase-hits';
import type { Token } from './tokens';

const PRAISE = new PatternSet<true>(SARCASTIC_PRAISE.map((p) => [p, true] as const));
const PROBLEMS = new PatternSet<true>(SARCASM_PROBLEMS.map((p) => [p, true] as const));
const RESOLVED = new PatternSet<true>(SARCASM_RESOLVED.map((p) => [p, true] as const));
const THANKS = new Set(['thanks', 'thank', 'cheers', 'great', 'brilliant', 'lovely', 'perfect', 'wow', 'oh']);
const NEGATORS = new Set(['not', 'never', 'still']);
const TAKEN_BACK = /(?:\.\.\.|…|,|!|\.|-)\s*not\W*$/i;

/** Words of praise or thanks that open a sarcastic message as often as a sincere one. */
const PRAISE_WORDS = new Set([
  ...THANKS,
  ...'fantastic wonderful awesome amazing excellent superb terrific nice ta thx'.split(' '),
]);

/**
 * Whether the message opens with praise or thanks ("Great, just great", "Thanks a lot"): the shape sarcasm takes,
 * so swearing after it is not read as a good mood.
 */
export function opensWithPraise(tokens: readonly Token[]): boolean {
  return tokens.slice(0, 2).some((t) => PRAISE_WORDS.has(t.norm));
}

/** The weight of a sarcastic message: strong, as "thanks for nothing" is. */
const SARCASM = 1.2;

export function sarcasmHits(text: string, tokens: Token[], evidence: Evidence): void {
  const opener = PRAISE.matchAll(tokens).find((m) => m.from <= 2);
  if (opener) {
    const after = tokens.slice(opener.to);
    const problem = PROBLEMS.matchAll(after).length > 0;
    const fixed = RESOLVED.matchAll(after).some(
      (m) => !after.slice(Math.max(0, m.from - 2), m.from).some((t) => NEGATORS.has(t.norm)),
    );
    if (problem && !fixed) {
      evidence.add('frustration', spanOf(text, opener.start, opener.end, 'frustration:sarcasm'), SARCASM);
      return;
    }
  }
  const first = tokens[0];
  if (first && THANKS.has(first.norm) && TAKEN_BACK.test(text.trim())) {
    const last = tokens.at(-1) as Token;
    evidence.add('frustration', spanOf(text, first.start, last.end, 'frustration:sarcasm'), SARCASM);
  }
}
