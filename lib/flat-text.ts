/**
 * One line of text from a stranger: customer names, quoted messages and placeholder values are flattened before they
 * are filled into a reply or printed in the case summary (a display name with line breaks and bidi
 * overrides printed a forged "Offered: a full refund" line).
 */

/** Every kind of line break and run of spaces (JavaScript's \s does not include NEL, U+0085). */
const SPACES = /[\s\u0085]+/g;
/**
 * What is left of the controls (Cc) and every format character (Cf): soft hyphen, bidi marks, embeddings, overrides
 * and isolates, zero-width characters, the BOM. Nothing an agent can see; everything that can hide or reorder text.
 */
const HIDDEN = /[\p{Cc}\p{Cf}]/gu;

/**
 * `text` on one line: no line breaks, no hidden or bidi characters, at most `max` characters (cut at a word where
 * one is near, with an ellipsis).
 */
export function flattenLine(text: string, max: number): string {
  const flat = text.replace(SPACES, ' ').replace(HIDDEN, '').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  // Never leave half of a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

// Bounded and start-anchored like every pattern in lib/ (tests/lib/regex).
const MD_LINK = /\[([^\]\n]{0,200})\]\([^)\n]{0,2000}\)/g;
const URL =
  /\b(?:[a-z][a-z0-9+.-]{1,20}:\/\/|www\.)\S{0,2000}|\b(?:mailto|javascript|data|tel|sms):\S{0,2000}/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
// A bare domain: any dotted host followed by a path, or one ending in a common top-level domain.
const DOMAIN =
  /(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:[a-z]{2,24}\/\S{0,2000}|(?:com|net|org|io|co|app|dev|info|biz|xyz|me|ly|link|site|online|shop|top|example|ru|cn|uk|de|fr|us)\b)/gi;
// Emphasis and code markers; an underscore only at a word's edge, so ERR_CARD_DECLINED keeps its own.
const MD_MARKS = /\*+|~~|`+|(?<!\w)_+|_+(?!\w)|^[#>]+/gm;

/**
 * A customer's words without links, addresses or markdown: a link text keeps its words, URLs,
 * bare domains and e-mail addresses go, so a filled-in reply can never carry the customer's link to another customer.
 */
export function withoutLinks(text: string): string {
  return text
    .replace(MD_LINK, '$1')
    .replace(URL, '')
    .replace(EMAIL, '')
    .replace(DOMAIN, '')
    .replace(MD_MARKS, '');
}
