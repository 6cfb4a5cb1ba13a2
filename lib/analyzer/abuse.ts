/**
 * Abuse words under any spelling (normalize.ts), and insults that are aimed at someone. An insult about a thing
 * ("this stupid app") is frustration, not abuse; aimed at a person ("you idiot") it is abuse.
 */
import type { Evidence } from './evidence';
import { FUNCTION_WORDS } from './language';
import { type AbuseKind, classifyAbuse, spellings } from './normalize';
import { opensWithPraise } from './sarcasm';
import { type Valence, wordValence } from './sentiment';
import type { Token } from './tokens';

const WEIGHTS: Record<Exclude<AbuseKind, 'insult'>, number> = { slur: 1.6, profanity: 1.1, mild: 0.75 };
const ADDRESSEE = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'u',
  'ur',
  'ya',
  'yall',
  'y’all',
  'people',
  'guys',
]);

/** Add abusive (and, for insults about things, frustration) evidence for every abuse word in the tokens. */
export function abuseHits(text: string, tokens: Token[], evidence: Evidence): void {
  let lastStart = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start === lastStart) continue; // virtual tokens of one contraction
    lastStart = t.start;
    if (!/\p{L}/u.test(t.raw) || t.raw.length < 2) continue;
    const kind = classifyAbuse(t.raw);
    if (!kind) continue;
    const span = { start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: `abusive:${kind}` };
    // Mild swearing about a thing ("this damn router") is frustration; at someone it is abuse.
    if (kind === 'mild' && !aimed(text, tokens, i)) {
      evidence.add('frustration', { ...span, rule: 'frustration:mild-swearing' }, 0.3);
      continue;
    }
    if (kind !== 'insult') {
      evidence.add('abusive', span, WEIGHTS[kind]);
      continue;
    }
    if (aimed(text, tokens, i)) evidence.add('abusive', span, 1.2);
    else evidence.add('frustration', { ...span, rule: 'frustration:insult' }, 0.45);
  }
}

/** Who the agent is, named after an insult: "a brainless bot", "useless agent". */
const THE_AGENT = new Set([
  'bot',
  'bots',
  'agent',
  'agents',
  'assistant',
  'rep',
  'reps',
  'robot',
  'machine',
  'employee',
]);
const COPULA = new Set(['are', 'were', 'is', 'was', 'am']);

const breakBetween = (text: string, a: Token, b: Token) =>
  b.start > a.end && /[.,;:!?()"“”]/.test(text.slice(a.end, b.start));

/**
 * Whether the insult at `i` is aimed at someone: "you"/"your …" just before or after it (not "your stupid app"),
 * the agent named right after it ("brainless bot"), or "you (are)" closing its clause ("what a pathetic man you are").
 */
function aimed(text: string, tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= Math.min(tokens.length - 1, i + 1); j++) {
    if (j !== i && ADDRESSEE.has((tokens[j] as Token).norm) && !possessesAThing(text, tokens, j)) return true;
  }
  const next = tokens[i + 1];
  if (next && THE_AGENT.has(next.norm) && !breakBetween(text, tokens[i] as Token, next)) return true;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j] as Token;
    if (breakBetween(text, tokens[j - 1] as Token, t)) return false;
    if (t.norm !== 'you' && t.norm !== 'u') continue;
    const after = tokens[j + 1];
    const closes = (k: number) =>
      !tokens[k + 1] || breakBetween(text, tokens[k] as Token, tokens[k + 1] as Token);
    return closes(j) || (after !== undefined && COPULA.has(after.norm) && closes(j + 1));
  }
  return false;
}

/** Words for people and a person's body: "your useless staff", "your stupid face" are aimed at someone. */
const PERSONS = new Set(
  'staff team people guys agent agents rep reps representative representatives colleague colleagues coworkers employees workers boss manager managers supervisor supervisors support bot mother mom mum mama father dad family wife husband sister brother friend friends kind face mouth head brain brains self'.split(
    ' ',
  ),
);
const DEGREE = new Set('so very really totally completely absolutely utterly such'.split(' '));

/**
 * Whether the possessive at `at` owns a thing rather than addressing someone: "your stupid app", "your useless
 * website" insult a product (frustration); "your stupid face", "your useless staff", a bare "your idiot" and "your so
 * dumb" (for "you're") are aimed at a person. The thing is a content word within three words in the same clause
 * that is neither a person nor itself an abuse word.
 */
export function possessesAThing(text: string, tokens: readonly Token[], at: number): boolean {
  const own = tokens[at]?.norm;
  if (own !== 'your' && own !== 'ur') return false;
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const prev = tokens[k - 1] as Token;
    const t = tokens[k] as Token;
    if (t.start > prev.end && /[.,;:!?()"“”]/.test(text.slice(prev.end, t.start))) return false;
    if (PERSONS.has(t.norm)) return false;
    if (DEGREE.has(t.norm) || classifyAbuse(t.raw)) continue;
    // "your an idiot", "your are useless": "you're" misspelt, not a possessive.
    if (FUNCTION_WORDS.has(t.norm)) return false;
    return true;
  }
  return false;
}

/** Swear words that exclaim or intensify ("f***ing brilliant", "holy s**t"), unlike those that name someone. */
const EXCLAIMS =
  /^(?:f[a-z*]{0,3}[k*](?:ing|in|ed)?|freaking|frigging|effing|sh[i*]t|damn(?:ed)?|dang|bloody|hell|heck|crap)$/;
const exclaims = (raw: string) => spellings(raw).some((s) => EXCLAIMS.test(s));

/**
 * Swearing in a good mood ("this is f***ing brilliant", "holy s**t, that was quick, amazing"): the only abuse words
 * are swear words that exclaim, the only words that read negative are those, and a word reads clearly positive
 * (AFINN 2 or more: "big" or "yes" is not a mood). Loudness of joy, not abuse; unless praise opens the message, the
 * way sarcasm does ("Thanks a f***ing lot").
 */
export function swearsInJoy(tokens: readonly Token[], valence: Valence): boolean {
  if (!valence.positiveWords.some((w) => wordValence(w) >= 2) || opensWithPraise(tokens)) return false;
  if (!valence.negativeWords.every(exclaims)) return false;
  return tokens.every((t) => !classifyAbuse(t.raw) || exclaims(t.raw));
}
