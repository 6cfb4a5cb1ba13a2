// A helpdesk page is written by strangers: hostile chat text is shown as text and never breaks the panel,
// and nothing on the page can drive Poise, read its settings or make it insert text.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type DemoWindow,
  editorText,
  openHelpdesk,
  type Poise,
  postCustomer,
  sendFromExtensionPage,
  startPoise,
  stopPoise,
  waitFor,
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
  const flags = await flagTexts(panel, 4);
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

/** The flagged messages' texts in a panel, once at least `count` are listed (older ones behind "Earlier flags"). */
async function flagTexts(panel: Page, count: number): Promise<string> {
  const shown = async () => {
    const earlier = panel.locator('[data-testid="earlier-flags"][aria-expanded="false"]');
    if ((await earlier.count()) > 0) await earlier.click();
    return panel.locator('[data-testid="flag"]').count();
  };
  await expect.poll(shown, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return (await panel.locator('[data-testid="flag"]').allInnerTexts()).join('\n');
}

/** Messages the tab's session holds, as the background stored them. */
async function storedCount(poise: Poise, tabId: number): Promise<number> {
  const stored = await poise.browser.worker.evaluate((id) => chrome.storage.session.get(`tab-${id}`), tabId);
  return (stored[`tab-${tabId}`] as { messageCount?: number } | undefined)?.messageCount ?? 0;
}

// WXT's context posted a "content script started" note carrying the extension id to the page, and
// stopped the script when the page dispatched an event of that name on document. Replayed by a page script, the next
// customer message ("I will sue you") was never read.
test("no message Poise's content script posts to the page carries the extension id", async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`, (p) =>
    p.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data ?? null)));
    }),
  );
  await postCustomer(page, 'Hello, my invoice shows a double charge.');
  await waitFor(
    async () => (await storedCount(poise, tabId)) > 0,
    10_000,
    'the first message was never read',
  );
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.join('\n'));
  expect(seen).not.toContain(poise.browser.extensionId);
  expect(seen).not.toContain('content-script-started');
  await page.close();
});

test('a page script replaying WXT\'s "content script started" event does not switch Poise off', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await postCustomer(page, 'Hello, my invoice shows a double charge.');
  await waitFor(
    async () => (await storedCount(poise, tabId)) > 0,
    10_000,
    'the first message was never read',
  );
  // The attack: replay the event under every name a page could guess (the id is public: it is the store's).
  await page.evaluate((extensionId) => {
    for (const entry of ['content', 'content-script', '']) {
      const name = `${extensionId}:${entry}:wxt:content-script-started`;
      for (const contentScriptName of ['content', entry]) {
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName, messageId: 'attacker' } }),
        );
      }
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'attacker' }, '*');
    }
  }, poise.browser.extensionId);
  await new Promise((r) => setTimeout(r, 300));
  await postCustomer(page, 'This is outrageous. I will sue you, my lawyer is ready.');
  expect(await flagTexts(panel, 1)).toContain('I will sue you');
  await panel.close();
  await page.close();
});

// One tab posting huge messages filled storage.session (shared by all tabs), its failed writes made
// the content scripts abort, and another tab's panel went on saying "Reading this chat".
test('a tab posting huge messages cannot stop Poise in its own tab or in another', async () => {
  const other = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const hostile = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  await new Promise((r) => setTimeout(r, 1000));
  const before = await storedCount(poise, hostile.tabId); // the demo ticket's own history
  // 12 MB of text in all: more than Chromium's 10 MB session quota if it were kept whole.
  for (let i = 0; i < 12; i++) {
    await hostile.page.evaluate((n) => {
      const word = `${String.fromCharCode(97 + n)}`.repeat(7);
      (window as unknown as DemoWindow).__demo.postCustomer(`${word} `.repeat(125_000));
    }, i);
  }
  await new Promise((r) => setTimeout(r, 3000));
  const otherPanel = await poise.browser.openPanel(other.tabId);
  await postCustomer(other.page, 'I will sue you, my lawyer is ready');
  expect(await flagTexts(otherPanel, 1)).toContain('I will sue you');
  const hostilePanel = await poise.browser.openPanel(hostile.tabId);
  await postCustomer(hostile.page, 'You are useless and I want your manager now');
  expect(await flagTexts(hostilePanel, 1)).toContain('I want your manager');
  // The huge messages were read too, and kept within the tab's share of the quota.
  expect(await storedCount(poise, hostile.tabId)).toBe(before + 13);
  const bytes = await poise.browser.worker.evaluate(() => chrome.storage.session.getBytesInUse(null));
  expect(bytes).toBeLessThan(2_000_000);
  for (const p of [otherPanel, hostilePanel, other.page, hostile.page]) await p.close();
});

// Switching a site off stopped only the tab the popup was opened in.
test('switching a site off stops every open tab of it', async () => {
  const first = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const second = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(first.tabId);
  const origin = new URL(poise.server.urls.zendesk).origin;
  await sendFromExtensionPage(panel, 'setSiteEnabled', { tabId: first.tabId, origin, enabled: false });
  const before = await storedCount(poise, second.tabId);
  await postCustomer(second.page, 'I will sue you, my lawyer is ready');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await storedCount(poise, second.tabId)).toBe(before);
  const secondPanel = await poise.browser.openPanel(second.tabId);
  await expect.poll(() => secondPanel.getByText('Poise is off on this site.').count()).toBe(1);
  await sendFromExtensionPage(panel, 'setSiteEnabled', { tabId: first.tabId, origin, enabled: true });
  for (const p of [panel, secondPanel, first.page, second.page]) await p.close();
});
