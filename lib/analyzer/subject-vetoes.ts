/**
 * Vetoes that ask who is speaking or acting: a feeling or a violent verb whose subject is someone else ("he's tired
 * of it", "in the film they murder you"), a polite request to do something again ("could you send it again?"), and
 * "joke" meant as a joke ("that was the joke"). The phrase rules match the words; these read the words around them.
 */
import type { Token } from './tokens';

/** Words that open a feeling phrase ("tired of", "fed up", "furious"). */
const FEELINGS = new Set(
  'tired sick fed furious livid fuming outraged enraged infuriated pissed angry mad upset annoyed frustrated'.split(
    ' ',
  ),
);
/** Words between a subject and its feeling: "he is so tired", "she was getting really fed up". */
const LINKING = new Set(
  'is was are were be been being am get gets got getting seems seemed looks looked feels felt so very really totally completely absolutely just also already pretty quite'.split(
    ' ',
  ),
);
// "he's" and "she's" stay one token (tokens.ts expands only the contractions the rules need apart).
const SOMEONE_ELSE = new Set(
  "he she they him her them someone somebody it he's she's it's hes shes".split(' '),
);
const SUBJECTS = new Set(['i', 'we', 'you', ...SOMEONE_ELSE]);
const VIOLENCE = new Set(['kill', 'shoot', 'murder', 'stab', 'strangle', 'punch']);
/** Verbs of doing something again that a customer also uses to ask for it ("send the invoice again"). */
const REQUESTED = new Set(['send', 'resend', 'give', 'tell', 'explain', 'show']);
const ASKS = new Set(['can', 'could', 'would', 'will']);
const PLEASE = new Set(['please', 'pls', 'plz', 'kindly']);
/** Words before "joke" that make it a joke, not a verdict: "the joke", "my favourite joke", "just a joke". */
const LITERAL_JOKE = new Set(
  'the my his her their our favorite favourite just only probably merely like inside'.split(' '),
);

/** Whether the feeling phrase at `from` belongs to someone else: "he's tired of", "she was so fed up". */
export function someoneElseFeels(tokens: readonly Token[], from: number): boolean {
  if (!FEELINGS.has(tokens[from]?.norm ?? '')) return false;
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const norm = (tokens[k] as Token).norm;
    if (LINKING.has(norm)) continue;
    return SOMEONE_ELSE.has(norm);
  }
  return false;
}

/**
 * Whether the violent verb at `from` has someone else as its subject, the nearest subject within six words before
 * it: "they murder you in the film", "I hope she didn't kill you". "I will kill you" keeps its subject.
 */
export function someoneElseActs(tokens: readonly Token[], from: number): boolean {
  if (!VIOLENCE.has(tokens[from]?.norm ?? '')) return false;
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const norm = (tokens[k] as Token).norm;
    if (SUBJECTS.has(norm)) return SOMEONE_ELSE.has(norm);
  }
  return false;
}

/**
 * Whether the phrase at `from` is a polite request to do it again ("could you send the invoice again?") or an
 * apology for asking again ("I hate to ask again", "sorry to ask again").
 */
export function asksToRedo(tokens: readonly Token[], from: number): boolean {
  const verb = tokens[from]?.norm ?? '';
  const before = tokens[from - 1]?.norm ?? '';
  if (verb === 'ask' && before === 'to') return true;
  if (!REQUESTED.has(verb)) return false;
  if (PLEASE.has(before)) return true;
  return before === 'you' && ASKS.has(tokens[from - 2]?.norm ?? '');
}

/** Whether a phrase ending in "joke" means a joke: "that was the joke", "it's just a joke", "my favourite joke". */
export function literalJoke(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.norm !== 'joke') return false;
  for (let k = from; k < to - 1; k++) if (LITERAL_JOKE.has((tokens[k] as Token).norm)) return true;
  return false;
}
