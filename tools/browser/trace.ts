/**
 * Main-thread time the content script costs a page at injection, from a DevTools trace: the compile, evaluation and
 * function calls attributed to the content script's URL during the page's first seconds.
 */
import type { Page } from 'playwright-core';
import type { PoiseBrowser } from './chromium';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; stackTrace?: { url?: string }[] }; fileName?: string };
}

/** Top-level slices only, so nested compile/eval time is not counted twice. */
const TOP = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.produceCache',
  'TimerFire',
  'EventDispatch',
]);

/** The durations (ms) of the top-level main-thread slices attributed to the content script while `action` runs. */
export async function contentScriptSlices(
  browser: PoiseBrowser,
  page: Page,
  action: () => Promise<void>,
): Promise<number[]> {
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; these fields are what Chromium's timeline writes.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  // Tracing is one per browser: end it even when the action throws, or the next trace cannot start.
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  const script = `chrome-extension://${browser.extensionId}/content-scripts/content.js`;
  const ours = (e: TraceEvent) =>
    e.args?.data?.url === script ||
    e.args?.fileName === script ||
    e.args?.data?.stackTrace?.[0]?.url === script;
  return events.filter((e) => e.ph === 'X' && TOP.has(e.name) && ours(e)).map((e) => (e.dur ?? 0) / 1000);
}

/** Main-thread time (ms) the content script costs a page at injection: its slices in the page's first seconds. */
export async function contentScriptMainThreadMs(
  browser: PoiseBrowser,
  page: Page,
  url: string,
): Promise<number> {
  const slices = await contentScriptSlices(browser, page, async () => {
    await page.goto(url);
    await page.waitForTimeout(2500);
  });
  return slices.reduce((sum, ms) => sum + ms, 0);
}
