/**
 * Sarcasm: AFINN reads "Oh brilliant, now the app logs me out" as praise. Praise marked as performed at the start of a
 * message (lexicon/frustration.ts SARCASTIC_PRAISE) that also reports a problem and no fix is frustration; so is praise
 * taken back at the end ("Cheers for the help... not.").
 */
import type { Evidence } from './evidence';
import {
  PRAISE_CLAUSE_FILLERS,
  PRAISE_CLAUSE_WORDS,
  SARCASM_PROBLEMS,
  SARCASM_RESOLVED,
  SARCASTIC_PRAISE,
} from './lexicon/frustration';
import { PatternSet } from './patterns';
import { clauseBreaks, spanOf } from './phrase-hits';
import type { Token } from './tokens';

const PRAISE = new PatternSet<true>(SARCASTIC_PRAISE.map((p) => [p, true] as const));
const PROBLEMS = new PatternSet<true>(SARCASM_PROBLEMS.map((p) => [p, true] as const));
const RESOLVED = new PatternSet<true>(SARCASM_RESOLVED.map((p) => [p, true] as const));
const THANKS = new Set(['thanks', 'thank', 'cheers', 'great', 'brilliant', 'lovely', 'perfect', 'wow', 'oh']);
const NEGATORS = new Set(['not', 'never', 'still']);
const TAKEN_BACK = /(?:\.\.\.|…|,|!|\.|-)\s*not\W*$/i;

/** Words of praise or thanks that open a sarcastic message as often as a sincere one. */
const PRAISE_WORDS = new Set<string>([...THANKS, ...PRAISE_CLAUSE_WORDS, 'ta', 'thx']);

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
  if (opener && problemNotFixed(tokens.slice(opener.to))) {
    evidence.add('frustration', spanOf(text, opener.start, opener.end, 'frustration:sarcasm'), SARCASM);
    return;
  }
  const clause = praiseClause(text, tokens);
  if (clause > 0) {
    const rest = tokens.slice(clause);
    const now = rest.slice(0, 2).some((t) => t.norm === 'now');
    if (saidTwice(tokens, clause) || (now && problemNotFixed(rest))) {
      const last = tokens[clause - 1] as Token;
      evidence.add(
        'frustration',
        spanOf(text, (tokens[0] as Token).start, last.end, 'frustration:sarcasm'),
        SARCASM,
      );
      return;
    }
  }
  const first = tokens[0];
  if (first && THANKS.has(first.norm) && TAKEN_BACK.test(text.trim())) {
    const last = tokens.at(-1) as Token;
    evidence.add('frustration', spanOf(text, first.start, last.end, 'frustration:sarcasm'), SARCASM);
  }
}

function problemNotFixed(after: Token[]): boolean {
  if (PROBLEMS.matchAll(after).length === 0) return false;
  return !RESOLVED.matchAll(after).some(
    (m) => !after.slice(Math.max(0, m.from - 2), m.from).some((t) => NEGATORS.has(t.norm)),
  );
}

const praiseWords = new Set<string>(PRAISE_CLAUSE_WORDS);
const praiseFillers = new Set<string>(PRAISE_CLAUSE_FILLERS);
const isPraise = (tokens: readonly Token[], i: number) =>
  praiseWords.has((tokens[i] as Token).norm) ||
  ((tokens[i] as Token).norm === 'done' && tokens[i - 1]?.norm === 'well');

/**
 * The length of a first clause that is praise alone ("Perfect,", "Well done,", "Great, just great."), when another
 * clause follows it or the praise is said twice; 0 otherwise.
 */
function praiseClause(text: string, tokens: readonly Token[]): number {
  const breaks = clauseBreaks(text, tokens as Token[]);
  let praised = false;
  for (let i = 0; i < tokens.length && i < 6; i++) {
    if (i > 0 && breaks.has(i)) return praised ? i : 0;
    const norm = (tokens[i] as Token).norm;
    if (isPraise(tokens, i)) praised = true;
    else if (!praiseFillers.has(norm)) return 0;
  }
  return praised && tokens.length <= 6 ? tokens.length : 0;
}

/** "Great, just great", "Lovely, just lovely": the same praise again after "just". */
function saidTwice(tokens: readonly Token[], clauseEnd: number): boolean {
  const first = tokens.slice(0, clauseEnd).find((_, i) => isPraise(tokens, i));
  if (!first) return false;
  for (let k = clauseEnd; k < tokens.length && k <= clauseEnd + 1; k++) {
    if ((tokens[k] as Token).norm === 'just' && tokens[k + 1]?.norm === first.norm) return true;
  }
  return false;
}
