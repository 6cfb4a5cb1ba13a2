/**
 * Hostile strings a customer can write into a chat message or a display name (SECURITY.md, "a customer"), and the
 * checks that a rendered component shows them as text: the characters are there, no element was built from them,
 * and nothing ran. Shared by the component tests in this folder.
 */
import { expect } from 'vitest';

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const LINK = '<a href="javascript:alert(1)">x</a>';
/** A right-to-left override that reverses what follows it on screen, closed by a pop. */
export const BIDI = '\u202Egnikrow ton llits si siht\u202C';
export const ZERO_WIDTH = 'zero\u200Bwidth\u200C\u200Djoin\uFEFFers';
/** About 100 KB. */
export const HUGE = 'useless '.repeat(12_800);
export const MARKUP = [IMG, SCRIPT, LINK] as const;
export const HOSTILE = [IMG, SCRIPT, LINK, BIDI, ZERO_WIDTH] as const;

/** Elements no component here renders on its own: finding one means markup from the text was parsed. */
const BUILT = 'img, script, a, iframe, object, embed, link, style, meta, base, form, video, audio, svg image';

type PwnedWindow = Window & { __pwned?: unknown };

export function resetPwned(): void {
  (window as PwnedWindow).__pwned = undefined;
}

/**
 * `container` shows every string of `raw` literally, holds no element built from markup and no inline handler or
 * URL attribute, and nothing set `window.__pwned` (checked after the event loop turned, when an `onerror` would
 * have fired).
 */
export async function expectShownAsText(container: HTMLElement, raw: readonly string[]): Promise<void> {
  const text = container.textContent ?? '';
  for (const s of raw) expect(text.includes(s), `shown literally: ${s.slice(0, 60)}`).toBe(true);
  expect([...container.querySelectorAll(BUILT)].map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      expect(/^on/i.test(attr), `${el.tagName} ${attr}`).toBe(false);
      expect(
        ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href'],
        `${el.tagName} ${attr}`,
      ).not.toContain(attr.toLowerCase());
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect((window as PwnedWindow).__pwned).toBeUndefined();
}
