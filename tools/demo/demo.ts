/**
 * `npm run demo`: build Poise, serve the demo helpdesk and start Chromium with Poise loaded on it.
 *   npm run demo                   # a Chromium window when there is a display ($DISPLAY), else as --headless
 *   npm run demo -- --headless     # or POISE_HEADLESS=1: no window; writes the screenshots and exits
 *   npm run demo -- --out DIR      # where the screenshots go (default tools/demo/screenshots, the README's pictures)
 * With a window you use the demo yourself: the scripted customer escalates over a minute or two; type and Send as the
 * agent. Headless (a server, CI, a machine without a display) it drives the customer from calm to critical and writes
 * the pictures (tools/demo/shoot.ts). The helpdesk addresses work only inside the Chromium the demo starts: it maps
 * the helpdesk host names to this machine and accepts the demo's throwaway certificate.
 */
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { startPoiseOnDemo } from '../browser/session';
import { writeScreenshots } from './shoot';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || process.env.POISE_HEADLESS === '1' || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const out = resolve(
  outIndex >= 0 && args[outIndex + 1] ? (args[outIndex + 1] as string) : 'tools/demo/screenshots',
);

console.log('Building Poise…');
const poise = await startPoiseOnDemo({ headed: !headless, build: 'always' });
const { server, browser } = poise;

if (headless) {
  console.log(
    `Headless${process.env.DISPLAY ? '' : ' (no display: $DISPLAY is not set)'}: driving the demo customer from calm ` +
      'to critical and taking screenshots…',
  );
  mkdirSync(out, { recursive: true });
  const files = await writeScreenshots(poise, out, (line) => console.log(line));
  console.log(
    `\nLook at the screenshots (light and dark), in ${relative(process.cwd(), out) || '.'}/:\n` +
      files.map((f) => `  ${relative(process.cwd(), f)}`).join('\n') +
      '\nTo use the demo yourself, run `npm run demo` where there is a display: it opens a Chromium window.',
  );
} else {
  // The blank tab Chromium opens with becomes the helpdesk, so the window's first tab is the chat.
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.urls.zendesk);
  const panel = await browser.openPanel(await browser.tabIdOf(page));
  await page.bringToFront();
  console.log(
    '\nLook at the Chromium window the demo opened. Its first tab is the Zendesk-like helpdesk: the scripted customer\n' +
      'writes every few seconds; type and Send as the agent. The next tab is Poise’s side panel for that chat\n' +
      `(${panel.url()}).\n` +
      'Other demo pages, to open in THAT window (they do not work in your own browser: the demo maps the helpdesk\n' +
      'host names to this machine and accepts its throwaway certificate only there):\n' +
      `  Zendesk-like:        ${server.urls.zendesk}\n` +
      `  Intercom-like, 2025: ${server.urls.intercom}\n` +
      `  Intercom-like, 2026: ${server.urls.intercom2026}\n` +
      'No window? On a machine without a display, `npm run demo -- --headless` (or POISE_HEADLESS=1) writes\n' +
      'screenshots instead. Ctrl+C to stop.',
  );
  await new Promise<void>((done) => process.on('SIGINT', () => done()));
}
await poise.close();
