// A shift-long chat (issue 7): 5,000 messages. The panel keeps up (every message arrives, and the next one after them
// too) and memory in the page and the extension stays bounded. Figures are written to artifacts/e2e/scale.json for the
// closing note; the next-message latency there is the figure to watch (the content script still re-reads the whole log
// on each change, so it grows with the log).
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openHelpdesk, type Poise, startPoise, stopPoise } from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

async function heapMb(page: Page): Promise<number> {
  const cdp = await poise.browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  await cdp.detach();
  return Math.round(((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20) * 10) / 10;
}

const messageCount = (panel: Page) =>
  panel.getAttribute('[data-testid="panel-status"]', 'data-message-count').then((n) => Number(n ?? 0));

test('5,000 messages: the panel keeps up and memory stays bounded', { timeout: 240_000 }, async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await panel.waitForSelector('[data-testid="panel-status"][data-status="ready"]');
  const start = await messageCount(panel);
  const pageHeapBefore = await heapMb(page);
  const lines = [
    'Where is my order?',
    'Still not here.',
    'This is the third time!!',
    'Order 5521, placed on Monday.',
  ];
  const t0 = Date.now();
  for (let batch = 0; batch < 50; batch++) {
    await page.evaluate(
      ([b, texts]) => {
        const demo = (
          window as unknown as { __demo: { postCustomer(s: string): void; postAgent(s: string): void } }
        ).__demo;
        for (let i = 0; i < 100; i++) {
          const n = (b as number) * 100 + i;
          const text = `${(texts as string[])[n % 4]} (${n})`;
          n % 3 === 2 ? demo.postAgent(text) : demo.postCustomer(text);
        }
      },
      [batch, lines] as const,
    );
    await page.waitForTimeout(120);
  }
  await expect
    .poll(() => messageCount(panel), { timeout: 120_000, interval: 500 })
    .toBeGreaterThanOrEqual(start + 5000);
  const caughtUpMs = Date.now() - t0;

  // The next message after 5,000: page → panel latency, as in the e2e bench.
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = await messageCount(panel);
    const sent = Date.now();
    await page.evaluate(
      (n) =>
        (window as unknown as { __demo: { postCustomer(s: string): void } }).__demo.postCustomer(
          `One more, still broken (${n})`,
        ),
      i,
    );
    await expect.poll(() => messageCount(panel), { interval: 10 }).toBeGreaterThan(before);
    latencies.push(Date.now() - sent);
  }
  const figures = {
    messages: (await messageCount(panel)) - start,
    caught_up_after_ms: caughtUpMs,
    next_message_to_panel_p50_ms: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)],
    next_message_to_panel_max_ms: Math.max(...latencies),
    page_heap_before_mb: pageHeapBefore,
    page_heap_after_mb: await heapMb(page),
    panel_heap_mb: await heapMb(panel),
    panel_dom_nodes: await panel.evaluate(() => document.getElementsByTagName('*').length),
    session_storage_bytes: await poise.browser.worker.evaluate(() =>
      chrome.storage.session.getBytesInUse(null),
    ),
  };
  mkdirSync('artifacts/e2e', { recursive: true });
  writeFileSync('artifacts/e2e/scale.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log('scale figures', figures);
  // The 250 ms budget is measured by `npm run bench:e2e` on a short chat. Here the median, not the slowest of 20 (one
  // garbage collection or storage write can take a second on a slow CI machine), with a bound loose enough for such a
  // machine (p50 0.3–0.8 s measured on a 2-core one): it fails when the panel stops keeping up, not on the budget.
  expect(figures.next_message_to_panel_p50_ms).toBeLessThan(2000);
  expect(figures.session_storage_bytes).toBeLessThan(2_000_000);
  expect(figures.panel_dom_nodes).toBeLessThan(3000);
  expect(figures.panel_heap_mb).toBeLessThan(40);
  await panel.close();
  await page.close();
});
