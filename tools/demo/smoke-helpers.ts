/** Helpers for the smoke checks: page-side hook calls, synthetic paste, and the editor round trip. */
import type { Page } from 'playwright-core';
import type { DemoHook } from './pages/shared/types';

export interface Check {
  what: string;
  ok: boolean;
  detail?: string;
}

export const PASTE = 'Hello from the smoke test.\nA second line, pasted.';
export const demo = (page: Page) => ({
  text: () => page.evaluate(() => (window as unknown as { __demo: DemoHook }).__demo.editorText()),
  setDraft: (t: string) =>
    page.evaluate((x) => (window as unknown as { __demo: DemoHook }).__demo.setDraft(x), t),
  postCustomer: (t: string) =>
    page.evaluate((x) => (window as unknown as { __demo: DemoHook }).__demo.postCustomer(x), t),
  step: () => page.evaluate(() => (window as unknown as { __demo: DemoHook }).__demo.script.step()),
  active: () => page.evaluate(() => (window as unknown as { __demo: DemoHook }).__demo.activeConversation()),
});

export const eq = (what: string, actual: unknown, expected: unknown): Check => ({
  what,
  ok: JSON.stringify(actual) === JSON.stringify(expected),
  detail: JSON.stringify(actual) === JSON.stringify(expected) ? '' : `got ${JSON.stringify(actual)}`,
});
export const yes = (what: string, ok: boolean, detail = ''): Check => ({ what, ok, detail });

/** Select the editor's whole content, wait, then paste text/plain (textarea: native value setter + input). */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    async ([sel, t]) => {
      const el = document.querySelector(sel as string) as HTMLElement | null;
      if (!el) throw new Error(`no editor at ${sel}`);
      el.focus();
      if (el instanceof HTMLTextAreaElement) {
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        setter?.call(el, t);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      // Editors sync their model selection from selectionchange a little later (helpdesk-dom.md §2.3); Slate
      // throttles it to once per 100 ms, so when the editor already had focus 50 ms is not enough.
      await new Promise((r) => setTimeout(r, 150));
      const data = new DataTransfer();
      data.setData('text/plain', t as string);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
  await page.waitForTimeout(200);
}

/** Paste replaces a draft, setDraft sets multi-line text, Send posts it as the agent and clears the editor. */
export async function editorRoundTrip(
  page: Page,
  editor: string,
  send: string,
  lastText: () => Promise<string>,
): Promise<Check[]> {
  const d = demo(page);
  const c: Check[] = [];
  await d.setDraft('old draft');
  c.push(eq('setDraft → editorText', await d.text(), 'old draft'));
  await pasteInto(page, editor, PASTE);
  c.push(eq('paste after select-all replaces the draft (editor model)', await d.text(), PASTE));
  await d.setDraft('Line one\nLine two');
  c.push(eq('setDraft keeps line breaks', await d.text(), 'Line one\nLine two'));
  await d.setDraft('Sent by the smoke test');
  await page.locator(send).click();
  await page.waitForTimeout(100);
  c.push(
    eq(
      'Send posts the draft as the agent and clears the editor',
      [await lastText(), await d.text()],
      ['Sent by the smoke test', ''],
    ),
  );
  return c;
}
