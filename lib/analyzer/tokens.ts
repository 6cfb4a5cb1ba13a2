import { correctTypo } from './fuzzy';

/**
 * Word tokens with their exact offsets in the original text, so every span the analyzer reports points at the
 * characters the customer typed. Contractions expand into virtual tokens that share the original span
 * ("doesn't" → "does" + "not"), which lets phrase rules be written once without apostrophe variants.
 */

export interface Token {
  /** Offsets in the original text (`end` exclusive). */
  start: number;
  end: number;
  /** The characters as typed. */
  raw: string;
  /** Lower-cased, apostrophes unified; for virtual tokens the expanded word. */
  norm: string;
}

/** The analyzer looks at this much text at most, so a 100 KB paste costs a bounded, linear amount of work. */
export const MAX_ANALYSED_CHARS = 20_000;

// URLs, e-mail addresses and @mentions carry no feeling and would otherwise feed leetspeak normalisation.
// The e-mail part starts only where an address can start and its parts are bounded: unanchored `[\w.+-]+@` read
// the rest of a long unbroken text again from every character (tests/lib/regex).
const MASK_RE = /(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}|@\w+/giu;
// Letters and digits, joined by leetspeak or censoring symbols inside a word ("f*ck", "sh!t", "a$$hole").
const WORD_RE = /[\p{L}\p{N}$@]+(?:[*!'’$@]+[\p{L}\p{N}$@]+)*\**/gu;

const CONTRACTIONS = new Map<string, readonly string[]>(
  Object.entries({
    "ain't": ['is', 'not'],
    "aren't": ['are', 'not'],
    "can't": ['can', 'not'],
    cannot: ['can', 'not'],
    cant: ['can', 'not'],
    "couldn't": ['could', 'not'],
    couldnt: ['could', 'not'],
    "didn't": ['did', 'not'],
    didnt: ['did', 'not'],
    "doesn't": ['does', 'not'],
    doesnt: ['does', 'not'],
    "don't": ['do', 'not'],
    dont: ['do', 'not'],
    "hadn't": ['had', 'not'],
    "hasn't": ['has', 'not'],
    hasnt: ['has', 'not'],
    "haven't": ['have', 'not'],
    havent: ['have', 'not'],
    "i'm": ['i', 'am'],
    im: ['i', 'am'],
    "i've": ['i', 'have'],
    ive: ['i', 'have'],
    "i'll": ['i', 'will'],
    "i'd": ['i', 'would'],
    "isn't": ['is', 'not'],
    isnt: ['is', 'not'],
    "it's": ['it', 'is'],
    "that's": ['that', 'is'],
    "there's": ['there', 'is'],
    "wasn't": ['was', 'not'],
    wasnt: ['was', 'not'],
    "we've": ['we', 'have'],
    "we're": ['we', 'are'],
    "we'll": ['we', 'will'],
    "we'd": ['we', 'would'],
    "they're": ['they', 'are'],
    "they've": ['they', 'have'],
    "they'll": ['they', 'will'],
    "shouldn't": ['should', 'not'],
    "weren't": ['were', 'not'],
    "what's": ['what', 'is'],
    "won't": ['will', 'not'],
    "wouldn't": ['would', 'not'],
    wouldnt: ['would', 'not'],
    "you're": ['you', 'are'],
    youre: ['you', 'are'],
    "you've": ['you', 'have'],
    "you'll": ['you', 'will'],
    ur: ['your'],
    u: ['you'],
    ya: ['you'],
    wanna: ['want', 'to'],
    gonna: ['going', 'to'],
    gotta: ['got', 'to'],
  }),
);

/** Same-length copy of `text` with URLs, e-mail addresses and mentions blanked out. */
function mask(text: string): string {
  return text.replace(MASK_RE, (m) => ' '.repeat(m.length));
}

/** Split text into word tokens (contractions expanded), reading at most MAX_ANALYSED_CHARS characters. */
export function tokenize(text: string): Token[] {
  const source = mask(text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text);
  const tokens: Token[] = [];
  for (const m of source.matchAll(WORD_RE)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const norm = raw.toLowerCase().replace(/’/g, "'");
    const expanded = CONTRACTIONS.get(norm);
    if (expanded) {
      for (const word of expanded) tokens.push({ start, end, raw, norm: word });
    } else {
      tokens.push({ start, end, raw, norm: correctTypo(norm) });
    }
  }
  return tokens;
}
