/**
 * Launch Debian's Firefox ESR over WebDriver BiDi (puppeteer-core, never a downloaded browser) with the built Firefox
 * package installed as a temporary add-on, pointed at the demo helpdesk under the real products' host names: the
 * Firefox twin of chromium.ts, used by tests/e2e/firefox.e2e.test.ts.
 *
 * Test profile only: every host name resolves to 127.0.0.1 (network.dns.forceResolve, so nothing reaches the internet
 * either), the demo's throwaway certificate is accepted, and `--remote-allow-system-access` lets the driver open and
 * script Poise's own moz-extension:// pages, as the Chromium tests do with chrome-extension:// ones.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, firefoxPath } from './paths';

export interface FirefoxPoise {
  browser: Browser;
  /** The moz-extension:// origin of Poise, fixed before install so the test knows it. */
  origin: string;
  /** An extension page kept open to ask the WebExtension APIs (tabs, storage) what Poise sees. */
  probe: Page;
  /**
   * Open one of Poise's pages (`sidepanel.html?tabId=3`), by default in a window of its own: beside the helpdesk tab,
   * visible, as the sidebar is. A background tab would be throttled by Firefox (no animation frames, 1 s timers).
   */
  openExtensionPage(path: string, type?: 'window' | 'tab'): Promise<Page>;
  /** The browser.tabs id of the tab showing `url` (the newest, when two show it). */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefoxPoise(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxPoise> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: sudo apt-get install -y firefox-esr');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // Firefox picks a random moz-extension:// host per install; this pins Poise's for the test.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}`;

  async function openExtensionPage(path: string, type: 'window' | 'tab' = 'window'): Promise<Page> {
    const page = await browser.newPage({ type });
    const url = `${origin}/${path}`;
    // The document loads, but BiDi reports no load event for a moz-extension:// document to puppeteer, so goto would
    // wait for ever: start it, then wait for the document itself.
    void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      const ready = await page
        .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
        .catch(() => '');
      if (ready === url) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} did not load`);
  }

  const probe = await openExtensionPage('popup.html', 'tab');
  return {
    browser,
    origin,
    probe,
    openExtensionPage,
    async tabIdOf(url) {
      const id = await probe.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return Math.max(-1, ...tabs.filter((t) => t.url === u).map((t) => t.id ?? -1));
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    close: () => browser.close(),
  };
}
