/**
 * Launch Debian's Chromium with the built Poise extension, pointed at the demo helpdesk under the real products'
 * host names (design.md, "Testing in a real browser"). Used by the end-to-end suite, `npm run demo` and the benches.
 * Every request the pages and the extension's service worker make is recorded, so a run can prove Poise sent nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from './paths';

export interface RecordedRequest {
  url: string;
  /** Who made it: `worker` (the extension's service worker) or the URL of the page or frame. */
  from: string;
}

export interface PoiseBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RecordedRequest[];
  /** Requests to anywhere but the demo helpdesk and the extension's own files. */
  foreignRequests(): RecordedRequest[];
  /** The chrome.tabs id of a page, asked of the extension's service worker. */
  tabIdOf(page: Page): Promise<number>;
  /** The side panel page as a tab bound to `tabId` (the same page the side panel shows). */
  openPanel(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Run with a window (needs a display). Default: headless. */
  headed?: boolean;
  extensionDir?: string;
  /** Ports of the demo helpdesk: requests to 127.0.0.1 and the mapped host names on these ports are local. */
  localPorts: number[];
}

const MAPPED_HOSTS = /^(?:[a-z0-9-]+\.zendesk\.com|app(?:\.eu|\.au)?\.intercom\.com|127\.0\.0\.1|localhost)$/;

export async function launchPoise(opts: LaunchOptions): Promise<PoiseBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: sudo apt-get install -y chromium');
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'poise-profile-'));
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    // The demo helpdesk answers for the real host names over https (Poise's built-in hosts are https only), with a
    // throwaway certificate and --ignore-certificate-errors (test profiles only).
    '--host-resolver-rules=MAP *.zendesk.com 127.0.0.1, MAP *.intercom.com 127.0.0.1',
    '--ignore-certificate-errors',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (!opts.headed) args.push('--headless=new');
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    args,
    viewport: { width: 1280, height: 800 },
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (req: Request) => requests.push({ url: req.url(), from: originOf(req) }));
  let worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // A reload, an update or a restart after the worker was stopped brings a new Worker object: follow it.
  context.on('serviceworker', (w) => {
    if (new URL(w.url()).host === extensionId) worker = w;
  });
  const ports = new Set(opts.localPorts.map(String));

  const isLocal = (raw: string) => {
    const url = new URL(raw);
    if (url.protocol === 'chrome-extension:') return url.host === extensionId;
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
    return MAPPED_HOSTS.test(url.hostname) && ports.has(url.port);
  };

  return {
    context,
    extensionId,
    get worker() {
      return worker;
    },
    requests,
    foreignRequests: () => requests.filter((r) => !isLocal(r.url)),
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => {
        // Tab ids only grow: with two tabs on one URL, the page just opened is the newest.
        const ids = (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1);
        return Math.max(-1, ...ids);
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function originOf(req: Request): string {
  if (req.serviceWorker()) return 'worker';
  try {
    return req.frame().url() || 'frame';
  } catch {
    return 'navigation';
  }
}
