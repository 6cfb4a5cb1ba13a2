/**
 * The pictures `npm run demo` writes (headless) and the README shows: the side panel at calm, escalating and critical,
 * the popup and the options page, each in the light and the dark theme (the pages follow prefers-color-scheme, which
 * Playwright emulates), plus the helpdesk page and the panel side by side at each level, as an agent sees them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PoiseOnDemo } from '../browser/session';

const SCHEMES = ['light', 'dark'] as const;
const LEVELS = ['calm', 'escalating', 'critical'] as const;

/** Every file the demo writes, by name: the README's table shows the themed ones. */
export const SCREENSHOTS = [
  ...LEVELS.map((level) => `helpdesk-${level}.png`),
  ...LEVELS.flatMap((level) => SCHEMES.map((scheme) => `panel-${level}-${scheme}.png`)),
  ...SCHEMES.map((scheme) => `popup-${scheme}.png`),
  ...SCHEMES.map((scheme) => `options-${scheme}.png`),
];

/** The side panel's width in the pictures: a common width for Chrome's side panel. */
const PANEL = { width: 400, height: 1000 };

interface Script {
  step(): void;
  position: number;
  length: number;
}

/** Drive the demo's scripted customer from calm to critical on the Zendesk-like page and write every picture. */
export async function writeScreenshots(
  { browser, server }: PoiseOnDemo,
  out: string,
  log: (line: string) => void,
): Promise<string[]> {
  const written: string[] = [];
  const save = async (shot: (path: string) => Promise<unknown>, name: string) => {
    const path = join(out, name);
    await shot(path);
    written.push(path);
  };
  const themed = async (page: Page, name: string, shot: (path: string) => Promise<unknown>) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      await save(shot, `${name}-${scheme}.png`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: PANEL.height });
  await page.goto(`${server.urls.zendesk}?autoplay=0`);
  const tabId = await browser.tabIdOf(page);
  const panel = await browser.openPanel(tabId);
  await panel.setViewportSize(PANEL);
  await panel.waitForSelector('[data-testid="panel-status"][data-status="ready"]');
  const board = await browser.context.newPage();
  await board.setViewportSize({ width: 1280 + PANEL.width + 2, height: PANEL.height });

  const level = () => panel.getAttribute('[data-testid="risk-level"]', 'data-level').catch(() => null);
  const script = (op: 'step' | 'done') =>
    page.evaluate((o) => {
      const s = (window as unknown as { __demo: { script: Script } }).__demo.script;
      if (o === 'step') s.step();
      return s.position >= s.length;
    }, op);
  const shootLevel = async (name: (typeof LEVELS)[number]) => {
    await page.waitForTimeout(600);
    log(`  ${name}: the panel shows ${(await level()) ?? 'no level'}`);
    const images = [await page.screenshot(), await panel.screenshot()].map((b) => b.toString('base64'));
    await board.setContent(
      `<body style="margin:0;display:flex;align-items:flex-start;overflow:hidden;background:#ccc">${images
        .map((b64) => `<img src="data:image/png;base64,${b64}" style="border-right:2px solid #999">`)
        .join('')}</body>`,
    );
    await save((path) => board.screenshot({ path }), `helpdesk-${name}.png`);
    await themed(panel, `panel-${name}`, (path) => panel.screenshot({ path }));
  };

  await shootLevel('calm');
  for (let i = 0; i < 30 && (await level()) !== 'escalating' && !(await script('done')); i++) {
    await script('step');
    await page.waitForTimeout(400);
  }
  await shootLevel('escalating');
  // The customer to the end of the script: abuse and threats, so the boundary and the referral are on screen.
  while (!(await script('step'))) await page.waitForTimeout(400);
  await shootLevel('critical');

  // The popup asks which tab is active when it opens: with the helpdesk tab in front, it is the popup for that tab.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 900 });
  await page.bringToFront();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('#root > *');
  await themed(popup, 'popup', (path) => popup.locator('#root').screenshot({ path }));

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('#root > *');
  await options.waitForTimeout(500);
  await themed(options, 'options', (path) => options.screenshot({ path }));
  return written;
}
