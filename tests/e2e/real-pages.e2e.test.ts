// The 2026 Intercom inbox in a real Chromium (issue 11): the demo app lives in the OPEN shadow root of
// #teammate-app-react with the real ProseMirror inside it, customer rows carry no category, no admin marker and no
// alignment class (the bubble's side is all there is). Poise must read it, flag the customer, and insert into the
// editor's model in both modes, as on the 2025 page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InsertResult } from '../../lib/messaging/protocol';
import {
  type DemoWindow,
  editorText,
  openHelpdesk,
  type Poise,
  postCustomer,
  sendFromExtensionPage,
  startPoise,
  stopPoise,
} from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const url2026 = () => `${poise.server.urls.intercom2026}?autoplay=0`;

describe('Intercom 2026: the app in an open shadow root', () => {
  test('the page really hides the app from document queries', async () => {
    const { page } = await openHelpdesk(poise, url2026());
    const seen = await page.evaluate(() => ({
      light: document.querySelector('[data-testid="conversation-stream-scroll-container"]') !== null,
      shadow:
        document
          .getElementById('teammate-app-react')
          ?.shadowRoot?.querySelector('[data-testid="conversation-stream-scroll-container"]') != null,
    }));
    expect(seen).toEqual({ light: false, shadow: true });
    await page.close();
  });

  test('read, flagged in the panel, and a suggestion inserted into the ProseMirror model', async () => {
    const { page, tabId } = await openHelpdesk(poise, url2026());
    const panel = await poise.browser.openPanel(tabId);
    await expect.poll(() => panel.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe('ready');
    const session = await poise.browser.worker.evaluate(
      async (id) =>
        (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as {
          siteId: string;
          conversationKey: string;
        },
      tabId,
    );
    expect(session).toMatchObject({ siteId: 'intercom', conversationKey: 'intercom:demo-2026:7001' });

    const before = await panel.locator('[data-testid="flag"]').count();
    await postCustomer(page, 'This is the third time I am asking and it is STILL not working!!');
    await expect
      .poll(() => panel.locator('[data-testid="flag"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(before);
    await expect(panel.locator('[data-testid="flag"]').first().innerText()).resolves.toContain(
      'STILL not working',
    );
    // A furious internal note is never read as the customer's words.
    await page.evaluate(() =>
      (window as unknown as DemoWindow).__demo.postNote('Customer is FURIOUS and threatens to sue us!!'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const flags = await panel.locator('[data-testid="flag"]').allInnerTexts();
    expect(flags.join('\n')).not.toContain('threatens to sue');

    const card = panel.locator('[data-testid="suggestion"]').first();
    const text = (await card.locator('[data-testid="suggestion-text"]').innerText()).trim();
    await card.locator('[data-testid="insert-suggestion"]').click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(text.slice(0, 40));
    await panel.close();
    await page.close();
  });
});

describe('Intercom 2026: insertion into the shadow-root ProseMirror, read from its model', () => {
  const REPLY = 'I can see why this is frustrating.\nLet me look into it right now.';
  const DRAFT = 'Hello Maria,';
  let page: Page;
  let extPage: Page;
  let tabId: number;
  beforeAll(async () => {
    extPage = await poise.browser.context.newPage();
    await extPage.goto(`chrome-extension://${poise.browser.extensionId}/popup.html`);
    ({ page, tabId } = await openHelpdesk(poise, url2026()));
  });
  afterAll(async () => {
    await page.close();
    await extPage.close();
  });
  const insert = (mode: 'caret' | 'replace') =>
    sendFromExtensionPage<InsertResult>(extPage, 'insertIntoTab', { tabId, text: REPLY, mode });
  const setDraft = (t: string) =>
    page.evaluate((x) => (window as unknown as DemoWindow).__demo.setDraft(x), t);
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  test.each(['caret', 'replace'] as const)('into an empty editor, %s', async (mode) => {
    await setDraft('');
    expect(await insert(mode)).toMatchObject({ ok: true });
    expect(lines(await editorText(page))).toEqual(lines(REPLY));
  });

  test('at the caret keeps the draft', async () => {
    await setDraft(DRAFT);
    expect(await insert('caret')).toMatchObject({ ok: true });
    const text = await editorText(page);
    expect(text.startsWith(DRAFT)).toBe(true);
    for (const line of lines(REPLY)) expect(text).toContain(line);
  });

  test('replace swaps the draft for the reply', async () => {
    await setDraft(DRAFT);
    expect(await insert('replace')).toMatchObject({ ok: true });
    const text = await editorText(page);
    expect(text).not.toContain(DRAFT);
    expect(lines(text)).toEqual(lines(REPLY));
  });
});
