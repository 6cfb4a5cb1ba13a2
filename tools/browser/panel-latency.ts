/**
 * One sample of the budget "new customer message in the page → side panel updated" (design.md: ≤ 250 ms p95): the
 * page stamps the moment it appends the message, the panel the frame that paints the new message count. Both clocks
 * are the browser's (timeOrigin + now), so the sample excludes Playwright's round trips and any wait for the page to
 * run the test's script; it includes everything Poise does in between (content script, worker, panel render).
 * Used by `npm run bench:e2e` and by the 5,000-message end-to-end test.
 */
import type { Page } from 'playwright-core';

/** The message count the panel shows (data-message-count on its status line). */
export const countOf = (panel: Page) =>
  panel.getAttribute('[data-testid="panel-status"]', 'data-message-count').then((n) => Number(n ?? 0));

/** Post `text` as the customer through the demo's hook and return the milliseconds until the panel painted it. */
export async function messageToPanelMs(
  page: Page,
  panel: Page,
  text: string,
  timeoutMs = 15_000,
): Promise<number> {
  const want = (await countOf(panel)) + 1;
  await panel.evaluate(
    ([count, timeout]) => {
      (window as unknown as { poiseWait: Promise<number> }).poiseWait = new Promise<number>(
        (resolve, reject) => {
          const el = document.querySelector('[data-testid="panel-status"]');
          // No named inner function (not even `const f = () => …`): tsx's keepNames would wrap it in a __name() helper
          // the page does not have. Resolves at the frame that paints the new count.
          const observer = new MutationObserver(() => {
            if (Number(el?.getAttribute('data-message-count')) < count) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          });
          observer.observe(document.body, { subtree: true, attributes: true, childList: true });
          setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the panel did not show message ${count} within ${timeout} ms`));
          }, timeout);
        },
      );
    },
    [want, timeoutMs] as const,
  );
  const sent = await page.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    (window as unknown as { __demo: { postCustomer(s: string): void } }).__demo.postCustomer(t);
    return at;
  }, text);
  const painted = await panel.evaluate(() => (window as unknown as { poiseWait: Promise<number> }).poiseWait);
  return painted - sent;
}

const HISTORY_LINES = [
  'Where is my order?',
  'Still not here.',
  'This is the third time!!',
  'Order 5521, placed on Monday.',
];

/**
 * Append `n` messages (two customer lines to one agent reply) in batches of 100, as fast as a busy shift would not,
 * and resolve once the panel counts them all. Returns the milliseconds that took.
 */
export async function fillHistory(page: Page, panel: Page, n: number, timeoutMs = 120_000): Promise<number> {
  const t0 = Date.now();
  const want = (await countOf(panel)) + n;
  for (let from = 0; from < n; from += 100) {
    await page.evaluate(
      ([first, last, texts]) => {
        const demo = (
          window as unknown as { __demo: { postCustomer(s: string): void; postAgent(s: string): void } }
        ).__demo;
        for (let i = first as number; i < (last as number); i++) {
          const text = `${(texts as string[])[i % 4]} (${i})`;
          i % 3 === 2 ? demo.postAgent(text) : demo.postCustomer(text);
        }
      },
      [from, Math.min(n, from + 100), HISTORY_LINES] as const,
    );
    await page.waitForTimeout(120);
  }
  while ((await countOf(panel)) < want) {
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`the panel did not count ${n} more messages in ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
  return Date.now() - t0;
}
