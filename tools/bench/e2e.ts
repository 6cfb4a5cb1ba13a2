/**
 * `npm run bench:e2e -- [--json]`: in a real Chromium with Poise loaded on the demo helpdesk, the time from a customer
 * message appended to the page to the side panel showing the updated level and suggestions (p50, p95 over 60
 * messages; budget p95 ≤ 250 ms), and the extension's network requests during the run (budget: zero).
 */
import { startBench } from './in-browser';
import { percentile, report } from './stats';

const MESSAGES = 60;
const json = process.argv.includes('--json');
const bench = await startBench();
const { browser, server } = bench;
const page = await browser.context.newPage();
await page.goto(`${server.urls.zendesk}?autoplay=0`);
const tabId = await browser.tabIdOf(page);
const panel = await browser.openPanel(tabId);
await panel.waitForSelector('[data-testid="panel-status"][data-status="ready"]');

const lines = [
  'Hi, my order has not arrived yet.',
  'It was supposed to come on Monday.',
  'This is the third time I am writing about this.',
  'Still nothing. I have been waiting for hours!!',
  'This is absolutely ridiculous, I want a refund.',
  'If this is not fixed I will cancel my account.',
];
const samples: number[] = [];
for (let i = 0; i < MESSAGES; i++) {
  const count = Number((await panel.getAttribute('[data-testid="panel-status"]', 'data-message-count')) ?? 0);
  // The panel records when it rendered the next message count; the page records when the message was appended.
  await panel.evaluate((want) => {
    (window as unknown as { benchWait: Promise<number> }).benchWait = new Promise<number>((resolve) => {
      const el = document.querySelector('[data-testid="panel-status"]');
      // No named inner function: tsx's keepNames would wrap it in a __name() helper the page does not have.
      const observer = new MutationObserver(() => {
        if (Number(el?.getAttribute('data-message-count')) < want) return;
        observer.disconnect();
        // Wait for the frame that paints it.
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true });
      // Already there (a fast panel): resolve now.
      if (Number(el?.getAttribute('data-message-count')) >= want) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      }
    });
  }, count + 1);
  const sent = await page.evaluate(
    (text) => {
      const t = performance.timeOrigin + performance.now();
      (window as unknown as { __demo: { postCustomer(s: string): void } }).__demo.postCustomer(text);
      return t;
    },
    `${lines[i % lines.length]} (#${i + 1})`,
  );
  const rendered = await panel.evaluate(
    () => (window as unknown as { benchWait: Promise<number> }).benchWait,
  );
  samples.push(rendered - sent);
  await page.waitForTimeout(50);
}
const result = {
  message_to_panel_p50_ms: percentile(samples, 50),
  message_to_panel_p95_ms: percentile(samples, 95),
  network_requests: browser.foreignRequests().length,
};
await bench.close();
report(result, { message_to_panel_p95_ms: '≤ 250', network_requests: '0' }, json);
