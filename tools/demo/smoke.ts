/**
 * Smoke check of the demo helpdesk in Debian's Chromium, without the extension:
 *   npx tsx tools/demo/smoke.ts [--out DIR]
 * Opens every page under the real host names, checks the DOM skeleton, posts customer messages, steps the script,
 * pastes into each real editor and reads the editor's own model back, sends, switches conversations, and fails on
 * any request outside the page's own origin or any page error. Screenshots go to a temp dir (or --out).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../chromium-path';
import { EDITOR_KINDS, startDemoServer } from './server';
import { type Check, checkEditorPage, checkIntercom, checkZendesk } from './smoke-checks';

const outIndex = process.argv.indexOf('--out');
const out =
  outIndex >= 0 && process.argv[outIndex + 1]
    ? resolve(process.argv[outIndex + 1] as string)
    : mkdtempSync(join(tmpdir(), 'poise-demo-smoke-'));
mkdirSync(out, { recursive: true });

const t0 = Date.now();
const server = await startDemoServer();
const serverMs = Date.now() - t0;
const executablePath = chromiumPath();
if (!executablePath) throw new Error('Chromium not found: sudo apt-get install -y chromium');
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP *.zendesk.com 127.0.0.1,MAP app.intercom.com 127.0.0.1',
    '--ignore-certificate-errors',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
// tsx compiles this file with esbuild's keepNames, whose __name helper would follow functions into page.evaluate.
await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
const requests: { url: string; page: string }[] = [];
context.on('request', (r) => requests.push({ url: r.url(), page: r.frame().url() }));

const results: { name: string; checks: Check[]; errors: string[]; screenshot: string; ms: number }[] = [];
async function run(name: string, url: string, check: (page: Page) => Promise<Check[]>) {
  const started = Date.now();
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  let checks: Check[];
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-demo-ready="true"]', { timeout: 10_000 });
    checks = await check(page);
  } catch (err) {
    checks = [{ what: 'ran without throwing', ok: false, detail: String(err).split('\n')[0] ?? '' }];
  }
  const screenshot = join(out, `${name}.png`);
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  await page.close();
  results.push({ name, checks, errors, screenshot, ms: Date.now() - started });
}

await run('zendesk', `${server.urls.zendesk}?autoplay=0`, checkZendesk);
await run('intercom', `${server.urls.intercom}?autoplay=0`, checkIntercom);
for (const kind of EDITOR_KINDS) {
  await run(`editor-${kind}`, `${server.urls.editors}/${kind}?autoplay=0`, (p) => checkEditorPage(p, kind));
}
// Autoplay: the scripted customer posts on its own at the given speed.
await run('zendesk-autoplay', `${server.urls.zendesk}?speed=250`, async (page) => {
  const count = () => page.locator('[data-is-active="true"] [type="end-user"]').count();
  const before = await count();
  await page.waitForTimeout(1600);
  const after = await count();
  return [{ what: 'autoplay posts customer messages', ok: after > before, detail: `${before} → ${after}` }];
});

const local = (u: string) => {
  const url = new URL(u);
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return (
    (url.hostname === 'demo.zendesk.com' && url.port === String(server.httpPort)) ||
    (url.hostname === 'app.intercom.com' && url.port === String(server.httpsPort))
  );
};
const foreign = requests.filter((r) => !local(r.url));
await browser.close();
await server.close();

let failed = 0;
console.log(`demo server up in ${serverMs} ms (http ${server.httpPort}, https ${server.httpsPort})`);
for (const r of results) {
  const bad = r.checks.filter((c) => !c.ok).length + r.errors.length;
  failed += bad;
  console.log(`\n${bad ? 'FAIL' : 'ok  '} ${r.name} (${r.ms} ms) → ${r.screenshot}`);
  for (const c of r.checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.what}${c.detail ? `: ${c.detail}` : ''}`);
  for (const e of r.errors) console.log(`  ✘ ${e}`);
}
console.log(`\nrequests: ${requests.length}, outside the page's own origin: ${foreign.length}`);
for (const f of foreign) console.log(`  ✘ ${f.url} (from ${f.page})`);
failed += foreign.length;
console.log(failed ? `\nSMOKE FAILED: ${failed} problem(s)` : '\nSMOKE OK');
process.exit(failed ? 1 : 0);
