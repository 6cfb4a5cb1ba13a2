/**
 * Undo creative spelling before lexicon lookups: leetspeak (sh1t, @ss, $hit), stretched letters (fuuuuck), and
 * censoring stars (f*ck, a**hole). Works per token, so spans still point at the characters as typed.
 */
import { INSULTS, PROFANITY_INSIDE, PROFANITY_MILD, PROFANITY_STRONG, SLURS } from './lexicon/abuse';

export type AbuseKind = 'slur' | 'profanity' | 'mild' | 'insult';

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

interface WordList {
  exact: Set<string>;
  prefixes: string[];
}

function wordList(entries: readonly string[]): WordList {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const e of entries) {
    if (e.endsWith('*')) prefixes.push(e.slice(0, -1));
    else exact.add(e);
  }
  return { exact, prefixes };
}

const LISTS: readonly (readonly [AbuseKind, WordList])[] = [
  ['slur', wordList(SLURS)],
  ['profanity', wordList(PROFANITY_STRONG)],
  ['mild', wordList(PROFANITY_MILD)],
  ['insult', wordList(INSULTS)],
];
// Every listed word as plain letters, for matching censored tokens against.
// Profanity first: a censored "f***" more likely hides profanity than a slur.
const ALL_WORDS: readonly (readonly [AbuseKind, string])[] = [
  ...PROFANITY_INSIDE.map((w) => ['profanity', w] as const),
  ...[...LISTS.slice(1), ...LISTS.slice(0, 1)].flatMap(([kind, l]) =>
    [...l.exact, ...l.prefixes].map((w) => [kind, w] as const),
  ),
];

function inList(word: string, list: WordList): boolean {
  if (list.exact.has(word)) return true;
  for (const p of list.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** Lower-case, leetspeak undone, stretched letters collapsed: the spellings a word may stand for. */
export function spellings(raw: string): string[] {
  const lower = raw.toLowerCase();
  const plain =
    /[0-9@$!]/.test(lower) && /[a-z]/.test(lower) ? lower.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c) : lower;
  const out = [plain];
  if (/(.)\1\1/.test(plain)) {
    out.push(plain.replace(/(.)\1{2,}/g, '$1$1'), plain.replace(/(.)\1{2,}/g, '$1'));
  }
  return out;
}

function classifyPlain(word: string): AbuseKind | null {
  for (const inside of PROFANITY_INSIDE) if (word.includes(inside)) return 'profanity';
  for (const [kind, list] of LISTS) if (inList(word, list)) return kind;
  return null;
}

// Inflections a censored word may carry ("f*cking", "sh*tty", "b*tches").
const SUFFIXES = ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'y', 'ty'];

function classifyCensored(word: string): AbuseKind | null {
  // "f*ck", "a**hole", "sh*t": stars stand for one to three letters; the visible letters must start the word.
  const letters = word.replace(/\*/g, '');
  if (letters.length < 2 || !/^[a-z]/.test(word)) return null;
  const re = new RegExp(`^${word.replace(/\*+/g, (s) => `[a-z]{1,${s.length + 1}}`)}$`);
  for (const [kind, w] of ALL_WORDS) {
    if (w.length < 3) continue;
    for (const suffix of SUFFIXES) if (re.test(w + suffix)) return kind;
  }
  return null;
}

/** Whether a token is a slur, profanity, mild profanity or an insult, under any of its spellings. */
export function classifyAbuse(raw: string): AbuseKind | null {
  for (const s of spellings(raw)) {
    const kind = s.includes('*') ? classifyCensored(s) : classifyPlain(s);
    if (kind) return kind;
  }
  return null;
}
