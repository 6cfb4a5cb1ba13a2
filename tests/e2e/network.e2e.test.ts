// "Nothing leaves the browser" twice over: the browser refuses any connection from Poise's pages and service worker
// (the manifest's connect-src 'none'), and every e2e file fails on a request outside the demo
// helpdesk. The recorder behind that second check is proven here on a copy of the build without the policy, so
// "zero requests" cannot mean "not looking".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchPoise, type PoiseBrowser } from '../../tools/browser/chromium';
import { EXTENSION_DIR } from '../../tools/browser/paths';

/** Ask the worker and an extension page to fetch a canary; say whether each fetch was refused. */
async function tryFetches(browser: PoiseBrowser): Promise<{ worker: string; page: string }> {
  const worker = await browser.worker.evaluate(() =>
    fetch('http://canary.invalid/from-worker').then(
      () => 'sent',
      (e: Error) => e.name,
    ),
  );
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const fromPage = await page.evaluate(() =>
    fetch('http://canary.invalid/from-page').then(
      () => 'sent',
      (e: Error) => e.name,
    ),
  );
  await page.close();
  return { worker, page: fromPage };
}

test("the browser refuses any request from Poise's service worker and pages", async () => {
  const browser = await launchPoise({ localPorts: [] });
  try {
    expect(await tryFetches(browser)).toEqual({ worker: 'TypeError', page: 'TypeError' });
    await new Promise((r) => setTimeout(r, 500));
    expect(browser.foreignRequests()).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('the recorder sees a request from the worker or a page of a build that would let one out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poise-open-csp-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.content_security_policy.extension_pages = "script-src 'self'; object-src 'none'";
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const browser = await launchPoise({ localPorts: [], extensionDir: dir });
  try {
    await tryFetches(browser);
    await expect
      .poll(() => browser.foreignRequests().map((r) => r.url))
      .toEqual(
        expect.arrayContaining(['http://canary.invalid/from-worker', 'http://canary.invalid/from-page']),
      );
    expect(browser.foreignRequests().every((r) => r.url.startsWith('http://canary.invalid/'))).toBe(true);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
