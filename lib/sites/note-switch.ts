/**
 * Shared steps of switching a reply box to its internal-note mode (zendesk-note.ts, intercom-note.ts): a click the
 * page's own handlers receive (a content script's events reach them), and a short wait for a menu rendered after it.
 */
import { deepFirstMatch } from './dom';
import type { Sel } from './types';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A click, as the agent's would reach the page's handlers. Only the click: a menu that opened on a synthetic mousedown
 * would close again on the click that follows it.
 */
export function press(el: Element): void {
  (el as HTMLElement).click();
}

/** The first element matching `sel` (shadow roots included) within `timeoutMs`, polled every 20 ms. */
export async function waitForMatch(doc: Document, sel: Sel, timeoutMs = 1000): Promise<Element | null> {
  for (let waited = 0; ; waited += 20) {
    const found = deepFirstMatch<Element>(doc, sel)?.el ?? null;
    if (found || waited >= timeoutMs) return found;
    await sleep(20);
  }
}
