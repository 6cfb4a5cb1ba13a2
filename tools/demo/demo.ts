/**
 * `npm run demo`: build Poise, serve the demo helpdesk and open Chromium with Poise loaded on it.
 * With a display it opens a window you can use (the scripted customer escalates over a minute or two; type and Send
 * as the agent). Without one it runs headless, walks the scripted customer through calm → escalating → critical and
 * writes screenshots of the page and the side panel to the folder it prints, so it proves itself on a server too.
 *   npm run demo                  # window if $DISPLAY is set, else headless screenshots
 *   npm run demo -- --headless    # force headless
 *   npm run demo -- --out DIR     # where screenshots go (default artifacts/demo)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchPoise } from '../browser';
import { startDemoServer } from './server';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 && args[outIndex + 1] ? (args[outIndex + 1] as string) : 'artifacts/demo');

console.log('Building Poise…');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = await startDemoServer();
const browser = await launchPoise({ headed: !headless, localPorts: [server.httpPort, server.httpsPort] });
const page = await browser.context.newPage();
await page.goto(headless ? `${server.urls.zendesk}?autoplay=0` : server.urls.zendesk);
const tabId = await browser.tabIdOf(page);
const panel = await browser.openPanel(tabId);
// These addresses resolve only inside the browser Poise started (it maps the helpdesk host names to 127.0.0.1 and
// accepts the demo's throwaway certificate): say so, so nobody pastes them into their own browser.
console.log(
  `Demo helpdesk, in the browser Poise started (${headless ? 'headless' : 'a window'}):\n` +
    `  Zendesk-like:        ${server.urls.zendesk}\n` +
    `  Intercom-like, 2025: ${server.urls.intercom}\n` +
    `  Intercom-like, 2026: ${server.urls.intercom2026}\n` +
    '  (these host names resolve only inside that browser: it maps them to this machine)',
);

if (!headless) {
  console.log(
    'Poise is running in the Chromium window. The side panel is open in its own tab. Ctrl+C to stop.',
  );
  await new Promise<void>((done) => process.on('SIGINT', () => done()));
} else {
  mkdirSync(out, { recursive: true });
  const level = () => panel.getAttribute('[data-testid="risk-level"]', 'data-level');
  const shots: string[] = [];
  // The page and the panel, each on its own and side by side as an agent sees them (the README shows those).
  const board = await browser.context.newPage();
  await board.setViewportSize({ width: 1682, height: 1100 });
  const shoot = async (name: string) => {
    const images: string[] = [];
    for (const [what, p] of [
      ['page', page],
      ['panel', panel],
    ] as [string, Page][]) {
      const file = `${out}/${name}-${what}.png`;
      images.push((await p.screenshot({ path: file })).toString('base64'));
      shots.push(file);
    }
    await board.setContent(
      `<body style="margin:0;display:flex;align-items:flex-start;overflow:hidden;background:#ccc">${images
        .map((b64) => `<img src="data:image/png;base64,${b64}" style="border-right:1px solid #999">`)
        .join('')}</body>`,
    );
    const file = `${out}/${name}.png`;
    await board.screenshot({ path: file });
    shots.push(file);
  };
  await panel.setViewportSize({ width: 400, height: 1100 });
  await page.waitForTimeout(800);
  await shoot('1-calm');
  type Script = { step(): void; position: number; length: number };
  const step = () =>
    page.evaluate(() => (window as unknown as { __demo: { script: Script } }).__demo.script.step());
  const scriptDone = () =>
    page.evaluate(() => {
      const s = (window as unknown as { __demo: { script: Script } }).__demo.script;
      return s.position >= s.length;
    });
  for (let i = 0; i < 30 && (await level()) !== 'escalating' && !(await scriptDone()); i++) {
    await step();
    await page.waitForTimeout(400);
  }
  await shoot('2-escalating');
  // Play the customer to the end of the script: abuse and threats, so the boundary and referral are on screen.
  while (!(await scriptDone())) {
    await step();
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(400);
  await shoot('3-critical');
  console.log(`Level reached: ${await level()}\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
}
await browser.close();
await server.close();
