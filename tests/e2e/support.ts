/**
 * Shared set-up for end-to-end files: the demo helpdesk on 127.0.0.1 and Chromium with the built extension.
 * `stopPoise` fails the file when the run made any request outside the demo helpdesk and the extension itself.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TabSession } from '../../lib/background/tab-session';
import { type PoiseOnDemo, startPoiseOnDemo } from '../../tools/browser/session';

export type Poise = PoiseOnDemo;

/** The built extension (never built here: `npm test` builds first) in Chromium on the demo helpdesk. */
export const startPoise = (): Promise<Poise> => startPoiseOnDemo({ build: 'never' });

/** The background's stored session of a tab, read through the extension's current service worker. */
export const tabSession = (poise: Poise, tabId: number): Promise<TabSession | undefined> =>
  poise.browser.worker.evaluate(
    async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as TabSession | undefined,
    tabId,
  );

export async function stopPoise(poise: Poise | undefined): Promise<void> {
  if (!poise) return;
  const foreign = poise.browser.foreignRequests();
  await poise.close();
  expect(foreign, 'requests outside the demo helpdesk and the extension').toEqual([]);
}

/** Open a demo page and wait until the Poise content script has reported to the background. */
export async function openHelpdesk(
  poise: Poise,
  url: string,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; tabId: number }> {
  const page = await poise.browser.context.newPage();
  await beforeLoad?.(page);
  await page.goto(url);
  const tabId = await poise.browser.tabIdOf(page);
  // A plain wait, not expect.poll: this also runs in beforeAll hooks, where vitest has no test to attach to.
  await waitFor(
    async () => {
      const stored = await poise.browser.worker.evaluate(
        (id) => chrome.storage.session.get(`tab-${id}`),
        tabId,
      );
      return Boolean((stored[`tab-${tabId}`] as { siteId?: string } | undefined)?.siteId);
    },
    15_000,
    `the content script never reported on ${url}`,
  );
  return { page, tabId };
}

/** Resolve once `check` answers true; reject with `what` after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms: ${what}`);
}

/** Post a customer message in the page's active conversation through the demo's own hook. */
export function postCustomer(page: Page, text: string): Promise<void> {
  return page.evaluate((t) => (window as unknown as DemoWindow).__demo.postCustomer(t), text);
}

export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as DemoWindow).__demo.editorText());
}

export interface DemoWindow {
  __demo: {
    postCustomer(text: string): void;
    postAgent(text: string): void;
    postNote(text: string): void;
    editorText(): string;
    setDraft(text: string): void;
    activeConversation(): string;
    script: { start(): void; pause(): void; reset(): void; step(): void };
  };
}

/** Send a protocol message from an extension page, exactly as the side panel does (@webext-core wire format). */
export async function sendFromExtensionPage<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  );
  const { res, err } = (reply ?? {}) as { res?: T; err?: { message?: string } };
  if (err) throw new Error(err.message ?? 'message failed');
  return res as T;
}
