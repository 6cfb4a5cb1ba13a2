/**
 * What a page capture keeps and what it replaces ("Save this page's structure" for bug reports).
 *
 * Kept as they are: tag names, every attribute NAME, and the VALUES of the attributes below, which carry a site's
 * own structure (its test hooks, ARIA states, editor flags), not what a customer or an agent wrote. Everything else
 * is replaced: a text node by "x" words of about the same length, an attribute value by "·" (digits by a renumbered
 * integer, so ids that must differ still differ, and "true"/"false" as they are, as flags say nothing about anyone).
 * Deliberately NOT kept: aria-label, title, alt, placeholder, value, name, href, src, datetime, content, and any
 * data-* not listed here: helpdesks put names, emails and message text in exactly those.
 */
export const KEPT_VALUES: ReadonlySet<string> = new Set([
  // Structure the adapters select on (lib/sites): ids, classes, roles, editor flags, input types.
  'id',
  'class',
  'role',
  'type',
  'contenteditable',
  'dir',
  'tabindex',
  'slot',
  'part',
  'charset',
  // Id references: the ids they point at are kept too.
  'for',
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-owns',
  // ARIA states and properties: a fixed vocabulary of tokens and small numbers.
  'aria-atomic',
  'aria-autocomplete',
  'aria-busy',
  'aria-checked',
  'aria-current',
  'aria-disabled',
  'aria-expanded',
  'aria-haspopup',
  'aria-hidden',
  'aria-invalid',
  'aria-level',
  'aria-live',
  'aria-modal',
  'aria-multiline',
  'aria-orientation',
  'aria-posinset',
  'aria-pressed',
  'aria-readonly',
  'aria-relevant',
  'aria-required',
  'aria-selected',
  'aria-setsize',
  // Helpdesks' own test hooks and state flags (Zendesk, Intercom; lib/sites selectors).
  'data-entity-id', // Zendesk's tab → ticket id, the same number its kept data-test-id values carry
  'data-entity-is-selected',
  'data-garden-id',
  'data-intercom-target',
  'data-is-active',
  'data-part-group-category',
  'data-qa',
  'data-selected',
  'data-test-id',
  'data-testid',
]);

/** Attributes that point at other resources: dropped, so an opened capture loads nothing from anywhere. */
export const DROPPED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'action',
  'background',
  'data',
  'formaction',
  'href',
  'ping',
  'poster',
  'src',
  'srcdoc',
  'srcset',
  'xlink:href',
]);

/** Elements left out whole: code, and what fetches or points elsewhere. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'base',
  'link',
  'noscript',
  'object',
  'script',
]);

/** A word's placeholder: "x"s in a length class, so the layout keeps its shape but a word's length is not told. */
export function placeholderWord(length: number): string {
  return 'x'.repeat(length <= 3 ? length : length <= 6 ? 5 : length <= 10 ? 8 : 12);
}

/**
 * CSS may stay when it fetches nothing and prints no text (a `content: "…"` could be someone's initials); it shapes
 * the layout, and Zendesk's inactive ticket panes are told apart by their visibility. Inline styles may quote nothing.
 */
export function isInertCss(css: string, inline: boolean): boolean {
  if (/url\(|@import|image-set|expression|<\/|content\s*:\s*["'][^"']/i.test(css)) return false;
  return !(inline && /["'\\]/.test(css));
}
