/**
 * How loudly a message is written: words in capitals (names and acronyms excepted, word-classes.ts), repeated
 * exclamation or question marks, and intensifiers. Returns 0..1 and the spans that raised it.
 */
import { INTENSIFIERS } from './lexicon/intensifiers';
import type { Token } from './tokens';
import type { Span } from './types';
import { capitalisedEntities } from './word-classes';

export interface Intensity {
  value: number;
  shouting: Span[];
  punctuation: Span[];
  intensifiers: Span[];
}

const intensifiers = new Set<string>(INTENSIFIERS);
const PUNCT_RE = /[!?]*![!?]*!+[!?]*|\?{3,}/g;

/** Capitals, "!!!" and intensifiers in the analysed text. */
export function measureIntensity(text: string, tokens: Token[]): Intensity {
  const caps: Token[] = [];
  let lettered = 0;
  for (const t of tokens) {
    if (!/\p{L}{2}/u.test(t.raw)) continue;
    lettered++;
    if (t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw)) caps.push(t);
  }
  let shoutingTokens: Token[] = [];
  if (caps.length >= 2 && caps.length / Math.max(lettered, 1) >= 0.3) {
    const unique = [...new Set(caps.slice(0, 40).map((t) => t.raw))];
    const entities = caps.length <= 6 ? capitalisedEntities(unique) : new Set<string>();
    shoutingTokens = caps.filter((t) => !entities.has(t.raw.toLowerCase()));
    if (shoutingTokens.length < 2) shoutingTokens = [];
  }
  const shouting = dedupeSpans(shoutingTokens.map((t) => span(t.start, t.end, text, 'intensity:capitals')));
  const punctuation: Span[] = [];
  // The whole analysed text: "useless support!!!" ends in its loudest part.
  for (const m of text.matchAll(PUNCT_RE)) {
    punctuation.push(span(m.index, m.index + m[0].length, text, 'intensity:punctuation'));
    if (punctuation.length >= 20) break;
  }
  const boost = tokens.filter((t) => intensifiers.has(t.norm));
  const value = Math.min(
    1,
    (shouting.length > 0 ? 0.5 : 0) + Math.min(punctuation.length, 2) * 0.2 + Math.min(boost.length, 3) * 0.1,
  );
  return {
    value,
    shouting,
    punctuation,
    intensifiers: boost.map((t) => span(t.start, t.end, text, 'intensity:intensifier')),
  };
}

function span(start: number, end: number, text: string, rule: string): Span {
  return { start, end, text: text.slice(start, end), rule };
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => {
    if (seen.has(s.start)) return false;
    seen.add(s.start);
    return true;
  });
}
