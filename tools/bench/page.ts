/**
 * `npm run bench:page -- [--json]`: the content script's cost on the agent's page, measured in a real Chromium on the
 * demo helpdesk through a 300-message conversation: its size gzipped (budget ≤ 25 KB), its main-thread time at
 * injection from a DevTools trace (≤ 20 ms), tasks over 50 ms on the page while messages arrive (none), and Insert
 * click in the side panel to text in CKEditor 5's own model, p95 (≤ 150 ms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../browser';
import { startBench } from './in-browser';
import { percentile, report } from './stats';
import { contentScriptMainThreadMs } from './trace';

const json = process.argv.includes('--json');
const bench = await startBench();
const { browser, server } = bench;
const gzip = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'))).length;

const page = await browser.context.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { longTasks: number[]; watchLongTasks: boolean };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (w.watchLongTasks) w.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
});
const injection = await contentScriptMainThreadMs(browser, page, `${server.urls.zendesk}?autoplay=0`);
const tabId = await browser.tabIdOf(page);
const panel = await browser.openPanel(tabId);
await panel.waitForSelector('[data-testid="panel-status"][data-status="ready"]');

// 300 messages arriving at chat pace (sped up): count the page's tasks over 50 ms meanwhile.
await page.evaluate(() => {
  (window as unknown as { watchLongTasks: boolean }).watchLongTasks = true;
});
const texts = [
  'Where is my parcel?',
  'Still not here.',
  'This is the third time I ask!!',
  'Order 4471, placed Monday.',
];
for (let i = 0; i < 300; i++) {
  await page.evaluate(
    ([text, agent]) => {
      const demo = (
        window as unknown as { __demo: { postCustomer(s: string): void; postAgent(s: string): void } }
      ).__demo;
      agent ? demo.postAgent(text as string) : demo.postCustomer(text as string);
    },
    [`${texts[i % texts.length]} (${i + 1})`, i % 5 === 4] as const,
  );
  await page.waitForTimeout(15);
}
await page.waitForTimeout(500);
const longTasks = await page.evaluate(
  () => (window as unknown as { longTasks: number[] }).longTasks.filter((d) => d > 50).length,
);

// Insert click → text in the editor's model, 20 times.
const samples: number[] = [];
for (let i = 0; i < 20; i++) {
  await page.evaluate(() =>
    (window as unknown as { __demo: { setDraft(s: string): void } }).__demo.setDraft(''),
  );
  await panel.waitForSelector('[data-testid="insert-suggestion"]:not([disabled])');
  const expected = (await panel.locator('[data-testid="suggestion-text"]').first().innerText())
    .trim()
    .slice(0, 20);
  await page.evaluate((want) => {
    const w = window as unknown as { landed: Promise<number>; __demo: { editorText(): string } };
    w.landed = new Promise((resolve) => {
      const tick = () =>
        w.__demo.editorText().includes(want)
          ? resolve(performance.timeOrigin + performance.now())
          : setTimeout(tick, 2);
      tick();
    });
  }, expected);
  const clicked = await panel.evaluate(() => {
    const t = performance.timeOrigin + performance.now();
    (
      document.querySelector('[data-testid="insert-suggestion"]:not([disabled])') as HTMLButtonElement
    ).click();
    return t;
  });
  const landed = await page.evaluate(() => (window as unknown as { landed: Promise<number> }).landed);
  samples.push(landed - clicked);
}

const result = {
  content_script_gzip_bytes: gzip,
  injection_main_thread_ms: Math.round(injection * 100) / 100,
  long_tasks_over_50ms: longTasks,
  insert_to_model_p95_ms: percentile(samples, 95),
};
await bench.close();
report(
  result,
  {
    content_script_gzip_bytes: '≤ 25600',
    injection_main_thread_ms: '≤ 20',
    long_tasks_over_50ms: '0',
    insert_to_model_p95_ms: '≤ 150',
  },
  json,
);
