// The foundation in a real Chromium: the built extension runs on both demo helpdesks under their real host names,
// the side panel binds to a tab, and messages travel both ways (page → panel and panel → page).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorText, openHelpdesk, type Poise, postCustomer, startPoise, stopPoise } from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

describe.each([
  ['Zendesk-like', () => poise.server.urls.zendesk, 'zendesk'],
  ['Intercom-like', () => poise.server.urls.intercom, 'intercom'],
])('%s demo page', (_name, url, siteId) => {
  test('the content script reads the page and the side panel shows it, connected to that tab', async () => {
    const { page, tabId } = await openHelpdesk(poise, `${url()}${url().includes('?') ? '&' : '?'}autoplay=0`);
    expect(new URL(page.url()).hostname).toMatch(/zendesk\.com$|^app\.intercom\.com$/);
    const panel = await poise.browser.openPanel(tabId);
    await expect
      .poll(() => panel.getAttribute('[data-testid="connected-tab"]', 'data-tab-id'))
      .toBe(String(tabId));
    await expect.poll(() => panel.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe('ready');
    const session = await poise.browser.worker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as { siteId: string },
      tabId,
    );
    expect(session.siteId).toBe(siteId);

    // page → content → background → panel
    const before = await flagCount(panel);
    await postCustomer(page, 'This is the third time I am asking and it is STILL not working!!');
    await expect.poll(() => flagCount(panel), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect(panel.locator('[data-testid="flag"]').first().textContent()).resolves.toContain(
      'STILL not working',
    );

    // panel → background → content → the editor's own model
    const card = panel.locator('[data-testid="suggestion"]').first();
    const text = ((await card.locator('[data-testid="suggestion-text"]').textContent()) ?? '').trim();
    await card.locator('[data-testid="insert-suggestion"]').click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(text.slice(0, 40));
    await panel.close();
    await page.close();
  });
});

/** How many flagged messages the panel lists: the newest, and the older ones behind "Earlier flags" (opened here). */
async function flagCount(panel: Page): Promise<number> {
  const earlier = panel.locator('[data-testid="earlier-flags"][aria-expanded="false"]');
  if ((await earlier.count()) > 0) await earlier.click();
  return panel.locator('[data-testid="flag"]').count();
}
