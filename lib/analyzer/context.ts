/**
 * What the customer's message means given the agent's message it answers (AnalyzerOptions.replyTo):
 * - words quoted from the agent ("you said 'I will close your account'") are the agent's, not the customer's: they
 *   are blanked before analysis (same length, so spans still point at the customer's characters);
 * - a short reply to the agent's question ("no", "why?", "yes please") answers it: the learned abuse estimate, which
 *   reads words without their question, does not flag it (explicit abuse words still do).
 */
import type { Token } from './tokens';

// A quotation: straight or curly double quotes, guillemets, or single quotes standing apart from words.
const QUOTE_RE =
  /"([^"\n]{3,})"|“([^”\n]{3,})”|«([^»\n]{3,})»|(?<![\p{L}\p{N}])'([^'\n]{3,})'(?![\p{L}\p{N}])/gu;
// Words that introduce reported speech or a screen's text ("it shows \"Fatal error\""): what comes quoted after them is
// someone else's.
const REPORTED =
  /\b(?:said|says|say|wrote|writes|write|told|tells|replied|answered|asked|claimed|promised|stated|reads?|email|message|page|get|gets|getting|got|shows?|showed|showing|displays?|displayed|see|seeing|saw|error)\b[^.!?]{0,20}$/i;
const SHORT_REPLY = 3;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Most of the quote's words appear in the agent's message, in any order. */
function fromAgent(quote: string, agent: string): boolean {
  const q = words(quote);
  if (q.length === 0) return false;
  const a = new Set(words(agent));
  return q.filter((w) => a.has(w)).length / q.length >= 0.6;
}

/** The text with quoted lines (">") and quotes of the agent's or anyone's reported words blanked out. */
export function ownWords(text: string, replyTo?: string): string {
  let out = text.replace(/^[ \t]*>.*$/gm, (line) => ' '.repeat(line.length));
  out = out.replace(QUOTE_RE, (whole, ...groups: unknown[]) => {
    const quote = groups.slice(0, 4).find((g) => typeof g === 'string') as string;
    const at = groups[4] as number;
    const before = text.slice(Math.max(0, at - 40), at);
    const theirs = (replyTo !== undefined && fromAgent(quote, replyTo)) || REPORTED.test(before);
    return theirs && words(quote).length >= 2 ? ' '.repeat(whole.length) : whole;
  });
  return out;
}

/** A reply of a few words to a question the agent just asked. */
export function answersQuestion(tokens: readonly Token[], replyTo?: string): boolean {
  if (replyTo === undefined || !/\?\s*$/.test(replyTo.trim())) return false;
  let words = 0;
  let last = -1;
  for (const t of tokens) {
    if (t.start === last) continue; // virtual tokens of one contraction
    last = t.start;
    words++;
  }
  return words <= SHORT_REPLY;
}
