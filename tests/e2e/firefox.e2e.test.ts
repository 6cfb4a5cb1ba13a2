// Poise in a real Firefox: Debian's Firefox ESR over WebDriver BiDi with the built Firefox MV3 package
// (.output/firefox-mv3). On the Zendesk-like demo the content script reads the page, the sidebar page shows the level
// rising as the scripted customer escalates to a boundary suggestion, Insert puts it into the CKEditor 5 model (the
// paste built in the page's compartment, lib/insert/firefox-paste.ts), and the popup opens the sidebar. Message →
// sidebar p95 over 12 messages goes to artifacts/e2e/firefox.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { InsertResult } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../lib/sites/built-in-hosts';
import { type FirefoxPoise, launchFirefoxPoise } from '../../tools/browser/firefox';
import { EXTENSION_DIR as CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from '../../tools/browser/paths';
import { percentile } from '../../tools/browser/stats';
import { startDemoServer } from '../../tools/demo/server';
import type { DemoWindow } from './support';

const LEVELS = ['calm', 'watch', 'escalating', 'critical'];
let server: Awaited<ReturnType<typeof startDemoServer>>;
let ff: FirefoxPoise;

beforeAll(async () => {
  server = await startDemoServer();
  ff = await launchFirefoxPoise();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const demo = (page: Page) => ({
  step: () => page.evaluate(() => (window as unknown as DemoWindow).__demo.script.step()),
  editorText: () => page.evaluate(() => (window as unknown as DemoWindow).__demo.editorText()),
  setDraft: (t: string) => page.evaluate((s) => (window as unknown as DemoWindow).__demo.setDraft(s), t),
});
const attr = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (el, n) => el.getAttribute(n) ?? '', name).catch(() => '');

/** Open the demo ticket and wait for the content script's report, read back from storage.session like the panel. */
async function openTicket(
  url = `${server.urls.zendesk}?autoplay=0`,
  want: object = { siteId: 'zendesk', editorKind: 'ckeditor5' },
): Promise<{ page: Page; tabId: number }> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  const tabId = await ff.tabIdOf(page.url());
  await expect
    .poll(() => ff.probe.evaluate((key) => chrome.storage.session.get(key), `tab-${tabId}`), {
      timeout: 20_000,
    })
    .toMatchObject({ [`tab-${tabId}`]: want });
  return { page, tabId };
}

test('the Firefox package holds the same manifest, with the sidebar, a Gecko id and no side panel', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  expect([...manifest.host_permissions].sort()).toEqual([...BUILT_IN_MATCHES].sort());
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.side_panel).toBeUndefined();
  // Firefox MV3 runs an event page (background script), not a service worker.
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.browser_specific_settings.gecko).toMatchObject({
    id: 'poise@poise.example',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  });
  expect(manifest.content_security_policy.extension_pages).toMatch(/connect-src 'none'/);
  // lib/browser-surface.ts is folded at build time: each package carries only its own browser's panel API.
  const bundle = (dir: string) =>
    ['background.js', ...readdirJs(join(dir, 'chunks'))]
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
  const firefox = bundle(FIREFOX_EXTENSION_DIR);
  expect(firefox).toContain('sidebarAction');
  expect(firefox).not.toMatch(/sidePanel\.open/);
  const chrome = bundle(CHROME_EXTENSION_DIR);
  expect(chrome).toMatch(/sidePanel\.open/);
  expect(chrome).not.toContain('sidebarAction');
  // So is lib/insert's paste: only Firefox's content script builds it in the page's compartment.
  const content = (dir: string) => readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
  expect(content(FIREFOX_EXTENSION_DIR)).toContain('wrappedJSObject');
  expect(content(CHROME_EXTENSION_DIR)).not.toContain('wrappedJSObject');
});

test('on the demo helpdesk the content script reads the Zendesk-like ticket', async () => {
  const { page, tabId } = await openTicket();
  // The first report can come before the demo has rendered its log: wait for the one that reads it.
  const tab = async () => {
    const stored = await ff.probe.evaluate((key) => chrome.storage.session.get(key), `tab-${tabId}`);
    return stored[`tab-${tabId}`] as { customerName: string; messageCount: number };
  };
  await expect.poll(async () => (await tab()).messageCount, { timeout: 10_000 }).toBeGreaterThan(0);
  expect((await tab()).customerName).toBe('Maria Keller');
  await page.close();
});

test('the sidebar page shows the level rising to critical and offers a boundary; Insert puts it into CKEditor 5', async () => {
  const { page, tabId } = await openTicket();
  const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  const level = () => attr(panel, '[data-testid="risk-level"]', 'data-level');
  await expect.poll(level, { timeout: 15_000 }).toBe('calm');
  const boundary = '[data-testid="suggestion"][data-kind="boundary"]';
  const seen = ['calm'];
  for (let step = 0; step < 40 && !(await panel.$(boundary)); step++) {
    await demo(page).step();
    await new Promise((r) => setTimeout(r, 300));
    const now = await level();
    if (now && now !== seen.at(-1)) seen.push(now);
  }
  const ranks = seen.map((l) => LEVELS.indexOf(l));
  expect(
    ranks.every((r, i) => i === 0 || r > (ranks[i - 1] ?? -1)),
    seen.join(' → '),
  ).toBe(true);
  expect(seen.at(-1)).toBe('critical');

  await panel.waitForSelector(boundary, { timeout: 10_000 });
  const text = await panel.$eval(`${boundary} [data-testid="suggestion-text"]`, (el) => el.textContent ?? '');
  expect(text.trim().length).toBeGreaterThan(20);
  // Firefox hides a content script's paste data from the page; lib/insert/firefox-paste.ts builds the paste in the
  // page's own compartment, so CKEditor 5 takes it into its model.
  await demo(page).setDraft('Draft the agent typed');
  await panel.click(`${boundary} [data-testid="insert-suggestion"]`);
  await expect.poll(() => demo(page).editorText(), { timeout: 10_000 }).toContain(text.trim());
  expect(await panel.$(`${boundary} [role="alert"]`)).toBeNull();
  await panel.close();
  await page.close();
});

// Every editor of the Chromium insert tests (tests/e2e/insert.e2e.test.ts), in Firefox: CKEditor 5 is the one that
// needs lib/insert/firefox-paste.ts; the others take the same Firefox paste (or their own strategy) and must still land.
const editors: [string, () => string, string][] = [
  ['CKEditor 5 (Zendesk-like page)', () => `${server.urls.zendesk}?autoplay=0`, 'ckeditor5'],
  ['ProseMirror (Intercom-like page)', () => `${server.urls.intercom}?autoplay=0`, 'prosemirror'],
  ['CKEditor 5', () => `${server.urls.editors}/ckeditor5`, 'ckeditor5'],
  ['ProseMirror', () => `${server.urls.editors}/prosemirror`, 'prosemirror'],
  ['Draft.js', () => `${server.urls.editors}/draftjs`, 'draftjs'],
  ['Slate', () => `${server.urls.editors}/slate`, 'slate'],
  ['React textarea', () => `${server.urls.editors}/textarea`, 'textarea'],
];

test.each(editors)(
  'Insert puts a suggestion into the editor model in Firefox: %s (several lines, markup characters, caret and replace)',
  async (_name, url, editorKind) => {
    const { page, tabId } = await openTicket(url(), { editorKind });
    const reply = 'I can see why this is <frustrating> & slow.\nLet me look into it right now.';
    // As the sidebar asks (tests/e2e/support.ts sendFromExtensionPage, for puppeteer's page).
    const insert = async (mode: 'caret' | 'replace') => {
      const answer = await ff.probe.evaluate(
        (data) =>
          chrome.runtime.sendMessage({ id: Date.now(), type: 'insertIntoTab', data, timestamp: Date.now() }),
        { tabId, text: reply, mode },
      );
      return (answer as { res?: InsertResult; err?: unknown }).res ?? answer;
    };
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);

    await demo(page).setDraft('');
    expect(await insert('caret')).toMatchObject({ ok: true });
    expect(lines(await demo(page).editorText())).toEqual(lines(reply));

    await demo(page).setDraft('Hello Maria,');
    expect(await insert('caret')).toMatchObject({ ok: true });
    const kept = await demo(page).editorText();
    expect(kept).toContain('Hello Maria,');
    for (const line of lines(reply)) expect(kept.split(line).length - 1, line).toBe(1);

    await demo(page).setDraft('Hello Maria,');
    expect(await insert('replace')).toMatchObject({ ok: true });
    expect(lines(await demo(page).editorText())).toEqual(lines(reply));
    await page.close();
  },
);

test('message → sidebar p95 over 12 customer messages, written to artifacts/e2e/firefox.json', async () => {
  const { page, tabId } = await openTicket();
  const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('[data-testid="panel-status"][data-status="ready"]', { timeout: 15_000 });
  const samples: number[] = [];
  for (let i = 0; i < 12; i++)
    samples.push(await messageToSidebarMs(page, panel, `Still waiting on my order (#${i + 1})`));
  const content = readFileSync(join(FIREFOX_EXTENSION_DIR, 'content-scripts/content.js'));
  const figures = {
    browser: await ff.browser.version(),
    messages: samples.length,
    message_to_sidebar_p50_ms: percentile(samples, 50),
    message_to_sidebar_p95_ms: percentile(samples, 95),
    content_script_gzip_kb: Math.round(gzipSync(content).length / 10.24) / 100,
  };
  mkdirSync('artifacts/e2e', { recursive: true });
  writeFileSync('artifacts/e2e/firefox.json', `${JSON.stringify(figures, null, 2)}\n`);
  // design.md's budget (≤ 250 ms p95 in Chromium), with room for this loaded, shared two-core machine.
  expect(figures.message_to_sidebar_p95_ms).toBeLessThan(1000);
  expect(figures.content_script_gzip_kb).toBeLessThanOrEqual(25);
  await panel.close();
  await page.close();
});

test('the popup opens the sidebar from a click (sidebarAction needs the user gesture)', async () => {
  // A window of its own, where no sidebar is open yet (Firefox opens it at install in the first window).
  const popup = await ff.openExtensionPage('popup.html', 'window');
  const windowId = await popup.evaluate(async () => (await chrome.windows.getCurrent()).id ?? -1);
  // The popup speaks for its window's active tab, and offers the sidebar only where Poise can run: a helpdesk ticket
  // comes to the front of that window and the popup reads again, now in a tab behind it.
  await ff.probe.evaluate(
    async (id, url) => {
      const tab = await chrome.tabs.create({ windowId: id, url, active: true });
      for (let i = 0; i < 100 && !(await chrome.tabs.get(tab.id ?? -1)).url?.startsWith('https:'); i++)
        await new Promise((r) => setTimeout(r, 100));
      return tab.id ?? -1;
    },
    windowId,
    `${server.urls.zendesk}?autoplay=0`,
  );
  // The document before the reload carries a mark, so the wait below ends only on the reloaded one.
  await popup.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
    setTimeout(() => location.reload(), 0);
  });
  const reloaded = () =>
    popup
      .evaluate(
        () =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload &&
          document.readyState === 'complete' &&
          !!document.querySelector('main'),
      )
      .catch(() => false);
  await expect.poll(reloaded, { timeout: 15_000 }).toBe(true);
  const isOpen = () =>
    ff.probe.evaluate(
      (id) =>
        (globalThis as unknown as { browser: SidebarApi }).browser.sidebarAction.isOpen({ windowId: id }),
      windowId,
    );
  // Firefox opened the sidebar at install and new windows inherit it. Closing also needs a user gesture: a button
  // added to this extension page and clicked through the driver gives one.
  await popup.evaluate(() => {
    const close = document.createElement('button');
    close.id = 'test-close-sidebar';
    close.onclick = () =>
      void (globalThis as unknown as { browser: SidebarApi }).browser.sidebarAction.close();
    document.body.append(close);
    // The popup closes itself once the panel opened; keep its window to ask about it.
    window.close = () => undefined;
  });
  await popup.click('#test-close-sidebar');
  await expect.poll(isOpen).toBe(false);
  const button = await popup.waitForSelector('::-p-text(Open sidebar)', { timeout: 10_000 });
  await button?.click();
  await expect.poll(isOpen, { timeout: 10_000 }).toBe(true);
});

interface SidebarApi {
  sidebarAction: { isOpen(d: { windowId: number }): Promise<boolean>; close(): Promise<void> };
}

/** Page stamps the post, the sidebar page stamps the frame that paints the new count (tools/browser/panel-latency.ts). */
async function messageToSidebarMs(page: Page, panel: Page, text: string): Promise<number> {
  const count = Number(await attr(panel, '[data-testid="panel-status"]', 'data-message-count'));
  await panel.evaluate((want) => {
    (window as unknown as { poiseWait: Promise<number> }).poiseWait = new Promise<number>((done, fail) => {
      const el = document.querySelector('[data-testid="panel-status"]');
      const observer = new MutationObserver(() => {
        if (Number(el?.getAttribute('data-message-count')) < want) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.timeOrigin + performance.now()));
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true });
      setTimeout(() => fail(new Error(`the sidebar did not show message ${want}`)), 15_000);
    });
  }, count + 1);
  const sent = await page.evaluate((t) => {
    const at = performance.timeOrigin + performance.now();
    (window as unknown as DemoWindow).__demo.postCustomer(t);
    return at;
  }, text);
  const painted = await panel.evaluate(() => (window as unknown as { poiseWait: Promise<number> }).poiseWait);
  await new Promise((r) => setTimeout(r, 100));
  return painted - sent;
}

function readdirJs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`);
}
