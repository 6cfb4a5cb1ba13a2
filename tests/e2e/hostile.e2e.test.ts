// A helpdesk page is written by strangers (issue 7): hostile chat text is shown as text and never breaks the panel,
// and nothing on the page can drive Poise, read its settings or make it insert text.
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type DemoWindow,
  editorText,
  openHelpdesk,
  type Poise,
  postCustomer,
  startPoise,
  stopPoise,
} from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1"> this is still not working, idiot',
  '<script>window.__pwned=1</script> I will sue you, my lawyer is ready',
  '<a href="javascript:window.__pwned=1">click</a> worst service ever, I want your manager',
  '\u202Egnikrow ton llits si siht\u202C and \u200B\u200Dhidden\u200B useless support!!!',
  `${'useless '.repeat(12_500)}`, // 100 KB
];

test('hostile messages are shown as text, never executed, never breaking the layout', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await panel.setViewportSize({ width: 380, height: 900 });
  for (const text of HOSTILE) await postCustomer(page, text);
  await expect
    .poll(() => panel.locator('[data-testid="flag"]').count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(4);
  const flags = (await panel.locator('[data-testid="flag"]').allInnerTexts()).join('\n');
  expect(flags).toContain('<img src=x onerror=');
  expect(flags).toContain('<script>');
  expect(
    await panel
      .locator('[data-testid="flag"] img, [data-testid="flag"] script, [data-testid="flag"] a')
      .count(),
  ).toBe(0);
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const overflow = await panel.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  await panel.close();
  await page.close();
});

test('a page script cannot make Poise insert text or read its settings', async () => {
  const { page } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft('my own draft'));
  const attempts = await page.evaluate(async (extensionId) => {
    const forged = {
      id: 1,
      type: 'insertReply',
      data: { text: 'PWNED', mode: 'replace' },
      timestamp: Date.now(),
    };
    window.postMessage(forged, '*');
    window.postMessage({ ...forged, type: 'copyText' }, '*');
    document.dispatchEvent(new CustomEvent('insertReply', { detail: forged.data }));
    window.dispatchEvent(new MessageEvent('message', { data: forged }));
    const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown } })
      .chrome;
    let sendResult = 'no runtime';
    if (typeof c?.runtime?.sendMessage === 'function') {
      try {
        await (c.runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId, forged);
        sendResult = 'sent';
      } catch {
        sendResult = 'refused';
      }
    }
    await new Promise((r) => setTimeout(r, 800));
    return { storage: typeof c?.storage, sendResult };
  }, poise.browser.extensionId);
  expect(attempts.storage).toBe('undefined');
  expect(attempts.sendResult).not.toBe('sent');
  expect(await editorText(page)).toBe('my own draft');
  await page.close();
});
