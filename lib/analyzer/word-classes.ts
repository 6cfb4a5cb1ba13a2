/**
 * The three places the analyzer needs a word's grammatical class, answered from small word lists over tokens it
 * already has. These used to be `compromise` parses of short windows; loading compromise's tagger (expanding its
 * lexicon) cost the service worker 0.4–1.5 s on every start on a loaded machine, and 7.5% of messages in the eval
 * files need one of these answers, so even a lazily loaded tagger would put the cold path over its 250 ms budget for
 * about one cold message in thirteen. The lists keep to what the call sites ask and no more.
 */
import type { Token } from './tokens';

/** Negators that govern the word they precede (`no`, `nothing` before a word quantify it instead: "no thanks"). */
const GOVERNING = new Set(['not', 'never']);
const COPULAS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
/** Degree and time adverbs that may sit between a negator and its word ("not even entertaining"). */
const ADVERBS = new Set(
  'so too very really even ever always that quite particularly currently totally exactly entirely completely fully remotely overly super more most much just yet still all terribly especially necessarily actually truly fucking freaking bloody'.split(
    ' ',
  ),
);
/** -ly words that are adjectives, not adverbs. */
const LY_ADJECTIVES = new Set([
  'lovely',
  'friendly',
  'ugly',
  'silly',
  'lonely',
  'likely',
  'early',
  'holy',
  'family',
]);
/** Positive-valence words that are interjections, not something a negator can govern ("not lol"). */
const INTERJECTIONS = new Set([
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'wow',
  'yes',
  'yay',
  'ok',
  'okay',
  'thanks',
  'please',
]);

const isAdverb = (w: string) => ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !LY_ADJECTIVES.has(w));

/**
 * Whether the negator at `neg` governs the word at `word` ("not happy", "never been so proud", "isn't even
 * helpful"): at most two adverbs, an optional copula and two more adverbs between them, no clause break, and a word
 * that can be governed (not an adverb or an interjection).
 */
export function negatorGoverns(text: string, tokens: readonly Token[], neg: number, word: number): boolean {
  if (!GOVERNING.has((tokens[neg] as Token).norm) || word <= neg) return false;
  const target = (tokens[word] as Token).norm;
  if (INTERJECTIONS.has(target) || isAdverb(target)) return false;
  let adverbs = 0;
  let copula = false;
  for (let i = neg + 1; i <= word; i++) {
    const prev = tokens[i - 1] as Token;
    const t = tokens[i] as Token;
    if (t.start > prev.end && /[.,;:!?()"“”]/.test(text.slice(prev.end, t.start))) return false;
    if (i === word) break;
    const w = (tokens[i] as Token).norm;
    if (COPULAS.has(w) && !copula) {
      copula = true;
      adverbs = 0;
    } else if (isAdverb(w) && adverbs < 2) adverbs++;
    else return false;
  }
  return true;
}

const QUESTION_WORDS = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why']);
const AUXILIARIES = new Set(
  'do does did have has had can could would will should shall may might must is are was were am'.split(' '),
);
const SUBJECTS = new Set(['i', 'you', 'ya', 'u', 'he', 'she', 'it', 'we', 'they', 'there']);
const EXPLETIVES = new Set(['fuck', 'hell', 'heck', 'f', 'fk', 'frick']);

/**
 * Whether a clause that opens with `tokens` asks something without a question mark: "why does it keep crashing",
 * "can you check", "is there a way". Not an exclamation ("what a mess", "why the hell …") nor a clause that only
 * embeds a question word ("why I can't log in is beyond me", "when I was told").
 */
export function opensQuestion(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.norm;
  const second = tokens[1]?.norm;
  if (first === undefined || second === undefined) return false;
  if (QUESTION_WORDS.has(first)) {
    if (second === 'a' || second === 'an' || SUBJECTS.has(second)) return false;
    if (second === 'the' && EXPLETIVES.has(tokens[2]?.norm ?? '')) return false;
    // "when" opens a time clause unless an auxiliary follows ("when will it ship").
    return first !== 'when' || AUXILIARIES.has(second);
  }
  return AUXILIARIES.has(first) && SUBJECTS.has(second);
}

/** Acronyms and brand names customers write in capitals without shouting. */
const KNOWN_CAPITALS = new Set(
  'usa uk eu us usb nasa ups fedex dhl paypal iphone ipad ios android wifi vpn api faq pin id ceo cto tv pc mac atm gps eta pdf sms otp sim imei'.split(
    ' ',
  ),
);

/** Words in capitals that are acronyms or names rather than shouting: no vowel (PDF, DHL), a digit, or a known one. */
export function capitalisedEntities(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const raw of words) {
    const w = raw.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    if (w === '') continue;
    if (KNOWN_CAPITALS.has(w) || /\d/.test(w) || !/[aeiouy]/.test(w)) out.add(w);
  }
  return out;
}
