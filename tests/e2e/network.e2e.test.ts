// The network recorder itself (issue 2): every e2e file fails on a request outside the demo helpdesk, so prove the
// recorder really sees what the extension's own contexts send. Otherwise "zero requests" could mean "not looking".
import { expect, test } from 'vitest';
import { startPoise } from './support';

test("a request from the extension's service worker or one of its pages is recorded as foreign", async () => {
  const poise = await startPoise();
  try {
    const { browser } = poise;
    await browser.worker.evaluate(() => fetch('http://canary.invalid/from-worker').catch(() => undefined));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(() => fetch('http://canary.invalid/from-page').catch(() => undefined));
    await expect
      .poll(() => browser.foreignRequests().map((r) => r.url))
      .toEqual(
        expect.arrayContaining(['http://canary.invalid/from-worker', 'http://canary.invalid/from-page']),
      );
    // Its own files and the demo helpdesk are not foreign.
    expect(browser.foreignRequests().every((r) => r.url.startsWith('http://canary.invalid/'))).toBe(true);
  } finally {
    await poise.browser.close();
    await poise.server.close();
  }
});
