// Facts the helpdesk page shows, and "let them finish" only while the customer is really writing, in a real Chromium
// with the built extension on the demo helpdesks: the requester's email and the subject's order number reach the
// background (and no question asks for the email), and the cue shows while the page shows the customer typing and
// goes once the typing stops.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabSession } from '../../lib/background/tab-session';
import { BURST_WINDOW_MS } from '../../lib/suggest/listen';
import { openHelpdesk, type Poise, postCustomer, startPoise, stopPoise } from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

interface TypingDemo {
  __demo: { setTyping(on: boolean): void; script: { step(): void } };
}
const setTyping = (page: Page, on: boolean) =>
  page.evaluate((value) => (window as unknown as TypingDemo).__demo.setTyping(value), on);
const step = (page: Page) => page.evaluate(() => (window as unknown as TypingDemo).__demo.script.step());

/** What the background stored for the tab (the session the panel is built from). */
async function session(
  tabId: number,
): Promise<Pick<TabSession, 'arrivals'> & { pageFacts?: Record<string, string> }> {
  const stored = await poise.browser.worker.evaluate((id) => chrome.storage.session.get(`tab-${id}`), tabId);
  return (stored[`tab-${tabId}`] ?? { arrivals: [] }) as Pick<TabSession, 'arrivals'>;
}

/** Whether the background's clock is past the burst window of the newest customer message it received. */
async function burstWindowPassed(tabId: number): Promise<boolean> {
  const newest = Math.max(0, ...(await session(tabId)).arrivals.map((a) => a.at));
  const now = await poise.browser.worker.evaluate(() => Date.now());
  return now > newest + BURST_WINDOW_MS;
}

/** A question among the panel's suggestions that asks for an email address. */
const ASKS_FOR_EMAIL = /\be-?mail\b[^.!?]*\?/i;

describe.each([
  ['zendesk', () => `${poise.server.urls.zendesk}?autoplay=0`],
  ['zendesk 2026', () => `${poise.server.urls.zendesk}?autoplay=0&variant=2026`],
  ['intercom', () => `${poise.server.urls.intercom}?autoplay=0`],
  ['intercom 2026', () => `${poise.server.urls.intercom2026}?autoplay=0`],
])('%s', (_name, url) => {
  test("the requester's email and the subject's order number are known; the cue follows the typing", async () => {
    const { page, tabId } = await openHelpdesk(poise, url());
    const panel = await poise.browser.openPanel(tabId);
    await expect
      .poll(async () => (await session(tabId)).pageFacts)
      .toEqual({ email: 'maria.keller@example.com', orderId: '48213' });

    // The customer writes on; the panel never asks for the address the helpdesk shows. Each step is one customer
    // message, and the last three make a burst: wait until the background has all four, or a wait for the cue to go
    // could pass before the burst's cue even showed (which then outlived the typing below).
    for (let i = 0; i < 4; i++) await step(page);
    await expect.poll(async () => (await session(tabId)).arrivals.length).toBe(4);
    await expect.poll(() => panel.locator('[data-testid="suggestion"]').count()).toBeGreaterThan(0);
    const texts = await panel.locator('[data-testid="suggestion-text"]').allTextContents();
    expect(texts.filter((t) => ASKS_FOR_EMAIL.test(t))).toEqual([]);

    // Let the seconds after the last burst pass, then: typing shows the cue, and it goes when the typing stops.
    const cue = panel.locator('[data-testid="let-them-finish"]');
    await expect.poll(() => burstWindowPassed(tabId), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => cue.count(), { timeout: 5_000 }).toBe(0);
    await setTyping(page, true);
    await expect.poll(() => cue.count(), { timeout: 5_000 }).toBe(1);
    await setTyping(page, false);
    await expect.poll(() => cue.count(), { timeout: 5_000 }).toBe(0);

    // A burst of three messages: the cue shows, and goes by itself a few seconds later (nothing else happens).
    for (const text of ['Hello?', 'Is anyone there', 'I am still waiting']) await postCustomer(page, text);
    await expect.poll(() => cue.count(), { timeout: 5_000 }).toBe(1);
    const shown = Date.now();
    await expect.poll(() => cue.count(), { timeout: 15_000, interval: 250 }).toBe(0);
    expect(Date.now() - shown).toBeGreaterThan(4_000);
    await panel.close();
    await page.close();
  });
});
