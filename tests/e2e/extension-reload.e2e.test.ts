// The extension reloaded (an update, or the agent pressing reload) under an open helpdesk tab. In a browser of its own,
// so that a reload that goes wrong cannot take the other lifecycle tests down with it, and so that it meets a plainly
// running extension, not a worker another test has just stopped through the DevTools protocol.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openHelpdesk, type Poise, postCustomer, startPoise, stopPoise, tabSession } from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const session = (tabId: number) => tabSession(poise, tabId);

test('the extension is reloaded under an open helpdesk tab: the old script stops quietly, the tab is picked up again', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.intercom}?autoplay=0`);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // Reload through whichever worker is alive now, and let the call return before the reload ends that worker.
  let reloadedBy: unknown = null;
  await expect
    .poll(
      async () => {
        const live = poise.browser.worker;
        const ok = await live
          .evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0))
          .then(() => true)
          .catch(() => false);
        if (ok) reloadedBy = live;
        return ok;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  // Chromium starts the reloaded extension's new worker by itself (a worker runs once on install and update). No
  // extension page is opened to wake it: navigating to the extension while it reloads is refused
  // (ERR_BLOCKED_BY_CLIENT), and in full runs the extension then stayed unreachable for as long as the test waited.
  await expect.poll(() => poise.browser.worker !== reloadedBy, { timeout: 45_000, interval: 250 }).toBe(true);
  // Picked up again without a page reload: the new background hears from the (re-injected) content script.
  await expect.poll(async () => (await session(tabId))?.siteId, { timeout: 15_000 }).toBe('intercom');
  await postCustomer(page, 'Hello? This is still not working and I am getting really annoyed.');
  await expect
    .poll(async () => (await session(tabId))?.transcript.at(-1)?.text ?? '')
    .toContain('getting really annoyed');
  expect(errors.filter((e) => /poise|context invalidated|extension/i.test(e))).toEqual([]);
  await page.close();
});
