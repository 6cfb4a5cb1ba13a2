// The 2026 Intercom inbox in a real Chromium: the demo app lives in the OPEN shadow root of
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
    await expect(panel.locator('[data-testid="flag"]').first().textContent()).resolves.toContain(
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
    const text = ((await card.locator('[data-testid="suggestion-text"]').textContent()) ?? '').trim();
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

describe('Zendesk 2026 variants (?variant=2026)', () => {
  const urlZd = () => `${poise.server.urls.zendesk}?autoplay=0&variant=2026`;
  interface Stored {
    siteId: string;
    conversationKey: string;
    customerName: string | null;
    health: { matched?: Record<string, string | null> } | null;
    transcript: { role: string; text: string }[];
  }
  const stored = (tabId: number) =>
    poise.browser.worker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as Stored,
      tabId,
    );
  const count = (s: Stored, text: string) => s.transcript.filter((m) => m.text.includes(text)).length;

  test('the page carries every variant, and none of the classic hooks it replaces', async () => {
    const { page } = await openHelpdesk(poise, urlZd());
    const seen = await page.evaluate(() => {
      const panes = [...document.querySelectorAll('[data-test-id$="-standard-layout"]')];
      const inactive = panes.filter((p) => getComputedStyle(p).visibility === 'hidden');
      return {
        panes: panes.length,
        inactive: inactive.length,
        // Hidden by visibility only: an option-less checkVisibility() still calls them visible.
        inactiveCheckVisibility: inactive.every((p) => p.checkVisibility()),
        displayNoneOrHidden: panes.some(
          (p) => p.hasAttribute('hidden') || getComputedStyle(p).display === 'none',
        ),
        isActiveAttr: panes.some((p) => p.hasAttribute('data-is-active')),
        currentTabs: document.querySelectorAll('[data-test-id="header-tab"][aria-current="page"]').length,
        selectedAttrs: document.querySelectorAll(
          '[data-entity-is-selected], [data-test-id="header-tab"][aria-selected]',
        ).length,
        internal: document.querySelectorAll('[data-test-id="omni-log-item-message"][type="internal"]').length,
        noteTags: document.querySelectorAll('[data-test-id="omni-log-internal-note-tag"]').length,
        hiddenDuplicates: document.querySelectorAll(
          '[data-test-id="omni-log-item-message"][aria-hidden="true"]',
        ).length,
        showMore: document.querySelectorAll(
          '[data-test-id="ticket-1042-standard-layout"] [data-test-id="convolog-show-more-button"]',
        ).length,
      };
    });
    expect(seen).toMatchObject({
      panes: 4,
      inactive: 3,
      inactiveCheckVisibility: true,
      displayNoneOrHidden: false,
      isActiveAttr: false,
      currentTabs: 1,
      selectedAttrs: 0,
      noteTags: 0,
      showMore: 1,
    });
    expect(seen.internal).toBeGreaterThan(0);
    expect(seen.hiddenDuplicates).toBeGreaterThan(0);
    await page.close();
  });

  test('read, flagged, earlier messages reported until shown, never the note or a duplicate as the customer, and an insert into the CKEditor model', async () => {
    const { page, tabId } = await openHelpdesk(poise, urlZd());
    const panel = await poise.browser.openPanel(tabId);
    await expect.poll(() => panel.getAttribute('[data-testid="panel-status"]', 'data-status')).toBe('ready');
    const first = await stored(tabId);
    expect(first).toMatchObject({ siteId: 'zendesk', conversationKey: 'zendesk:demo.zendesk.com:1042' });
    // The customer's name comes from the selected tab, which only aria-current="page" marks here.
    expect(first.customerName).toBeTruthy();
    expect(first.customerName).toBe(
      await page
        .locator('[data-test-id="header-tab"][aria-current="page"] [data-test-id="header-tab-title"]')
        .getAttribute('title'),
    );
    // Only what the page shows is read, and the panel says that older comments are not loaded.
    expect(first.health?.matched?.earlierMessages).toMatch(/^Earlier messages not loaded/);
    await expect.poll(() => panel.getByText(/^Earlier messages not loaded/).count()).toBe(1);
    expect(count(first, 'Could someone take a look')).toBe(1); // shown once, its aria-hidden duplicate skipped
    expect(count(first, 'order #48213')).toBe(0); // behind "show more"
    const note = first.transcript.find((m) => m.text.includes('Carrier shows the parcel'));
    expect(note?.role).toBe('internal'); // marked only by type="internal"

    const before = await panel.locator('[data-testid="flag"]').count();
    await postCustomer(page, 'This is the third time I am asking and it is STILL not working!!');
    await expect
      .poll(() => panel.locator('[data-testid="flag"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(before);
    await expect(panel.locator('[data-testid="flag"]').first().textContent()).resolves.toContain(
      'STILL not working',
    );
    await page.evaluate(() =>
      (window as unknown as DemoWindow).__demo.postNote('Customer is FURIOUS and threatens to sue us!!'),
    );
    await expect
      .poll(
        async () => (await stored(tabId)).transcript.find((m) => m.text.includes('threatens to sue'))?.role,
      )
      .toBe('internal');
    expect((await panel.locator('[data-testid="flag"]').allInnerTexts()).join('\n')).not.toContain(
      'threatens to sue',
    );
    expect(count(await stored(tabId), 'STILL not working')).toBe(1);

    // "Show more": the older comments are read (once each) and the notice goes.
    await page
      .locator('[data-test-id="ticket-1042-standard-layout"] [data-test-id="convolog-show-more-button"]')
      .click();
    await expect.poll(async () => count(await stored(tabId), 'order #48213'), { timeout: 10_000 }).toBe(1);
    const shown = await stored(tabId);
    expect(shown.health?.matched).not.toHaveProperty('earlierMessages');
    expect(count(shown, 'Could someone take a look')).toBe(1);
    await expect.poll(() => panel.getByText(/^Earlier messages not loaded/).count()).toBe(0);

    const card = panel.locator('[data-testid="suggestion"]').first();
    const text = ((await card.locator('[data-testid="suggestion-text"]').textContent()) ?? '').trim();
    await card.locator('[data-testid="insert-suggestion"]').click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(text.slice(0, 40));
    await panel.close();
    await page.close();
  });
});
