/**
 * One line of text from a stranger: customer names, quoted messages and placeholder values are flattened before they
 * are filled into a reply or printed in the case summary (issue 12, item 7: a display name with line breaks and bidi
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
