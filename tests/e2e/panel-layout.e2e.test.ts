// The side panel read in one glance, in a real Chromium: text large enough to read under pressure in every page
// (Chromium shrinks an extension page's body text to 75% unless the page sets its own size), a panel that works at
// 320 px, the newest flag above the suggestions, and an Insert that leaves the list as the agent saw it.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seriousViolations } from './axe';
import { type DemoWindow, openHelpdesk, type Poise, startPoise, stopPoise } from './support';

const SHOTS = 'artifacts/e2e';
let poise: Poise;
let page: Page;
let tabId: number;
beforeAll(async () => {
  poise = await startPoise();
  mkdirSync(SHOTS, { recursive: true });
  ({ page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`));
  // Play the scripted customer to the end: abuse, threats and a request for a manager (critical).
  type Script = { step(): void; position: number; length: number };
  for (let i = 0; i < 40; i++) {
    const done = await page.evaluate(() => {
      const s = (window as unknown as { __demo: { script: Script } }).__demo.script;
      return s.position >= s.length;
    });
    if (done) break;
    await page.evaluate(() => (window as unknown as DemoWindow).__demo.script.step());
    await page.waitForTimeout(150);
  }
}, 60_000);
afterAll(() => stopPoise(poise));

async function criticalPanel(width: number): Promise<Page> {
  const panel = await poise.browser.openPanel(tabId);
  await panel.setViewportSize({ width, height: 900 });
  await expect
    .poll(() => panel.getAttribute('[data-testid="risk-level"]', 'data-level'), { timeout: 15_000 })
    .toBe('critical');
  await expect.poll(() => panel.locator('[data-testid="suggestion"]').count()).toBeGreaterThan(0);
  return panel;
}

/** Font sizes (px) of every element that holds text of its own, by a short description, on the visible page. */
async function textSizes(p: Page): Promise<{ what: string; size: number }[]> {
  return p.evaluate(() => {
    const out: { what: string; size: number }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own) continue;
      const box = el.getBoundingClientRect();
      // Screen-reader-only text (1 px boxes) is not read by the eye.
      if (box.width <= 1 || box.height <= 1) continue;
      const text = (el.textContent ?? '').trim().slice(0, 30);
      out.push({
        what: `${el.tagName.toLowerCase()}.${el.className} "${text}"`,
        size: Number.parseFloat(getComputedStyle(el).fontSize),
      });
    }
    return out;
  });
}

const bodySize = (p: Page) => p.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));

/** Text under 14 px, except small badges (the key hint), which may be 12 px. */
const tooSmall = (sizes: { what: string; size: number }[]) =>
  sizes.filter((s) => s.size < (s.what.startsWith('span.kbd') || s.what.includes('badge') ? 12 : 14));

test('side panel: body and suggestion text are at least 14 px, every other text too (badges 12)', async () => {
  const panel = await criticalPanel(400);
  expect(await bodySize(panel)).toBeGreaterThanOrEqual(14);
  const sentence = panel.locator('[data-testid="suggestion-text"]').first();
  const sentencePx = await sentence.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(sentencePx).toBeGreaterThanOrEqual(14);
  // The sentence the agent sends is never smaller than the grey note about it.
  const why = panel.locator('[data-testid="group-why"]').first();
  const whyPx = await why.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(sentencePx).toBeGreaterThanOrEqual(whyPx);
  expect(tooSmall(await textSizes(panel))).toEqual([]);
  await panel.close();
});

test.each(['popup.html', 'options.html'])('%s: body text is at least 14 px', async (file) => {
  const p = await poise.browser.context.newPage();
  await p.goto(`chrome-extension://${poise.browser.extensionId}/${file}?tabId=${tabId}`);
  await p.waitForSelector('h1');
  expect(await bodySize(p)).toBeGreaterThanOrEqual(14);
  const paragraph = p.locator('main p, main label').first();
  expect(
    await paragraph.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
  ).toBeGreaterThanOrEqual(14);
  if (file === 'popup.html') expect(tooSmall(await textSizes(p))).toEqual([]);
  await p.close();
});

test('at 320 px wide the critical panel has no horizontal scroll, with more suggestions and earlier flags open', async () => {
  const panel = await criticalPanel(320);
  const width = () => panel.evaluate(() => document.documentElement.scrollWidth);
  // Nothing cut off: every control and every piece of text ends inside the page's width (the scroll bar excluded).
  const outside = () =>
    panel.evaluate(() => {
      const right = document.documentElement.clientWidth + 0.5;
      return [...document.body.querySelectorAll('*')]
        .filter(
          (el) => el.matches('button, input, label') || [...el.childNodes].some((n) => n.nodeType === 3),
        )
        .filter((el) => el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().right > right)
        .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`);
    });
  expect(await width()).toBeLessThanOrEqual(320);
  expect(await outside()).toEqual([]);
  await panel.screenshot({ path: `${SHOTS}/panel-320.png` });
  await panel.getByRole('button', { name: /^More suggestions/ }).click();
  await panel.getByRole('button', { name: /^Earlier flags/ }).click();
  expect(await width()).toBeLessThanOrEqual(320);
  expect(await outside()).toEqual([]);
  await panel.close();
});

test('flags first: the newest flagged message sits under the level, above the first suggestion', async () => {
  const panel = await criticalPanel(400);
  const top = (selector: string) =>
    panel
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  const level = await top('[data-testid="risk-level"]');
  const flag = await top('[data-testid="flag"]');
  const suggestion = await top('[data-testid="suggestion"]');
  expect(level).toBeLessThan(flag);
  expect(flag).toBeLessThan(suggestion);
  expect(await panel.locator('[data-testid="flag"]').first().locator('mark').count()).toBeGreaterThan(0);
  // At most three cards in view, and the word "tier" nowhere.
  expect(await panel.locator('[data-testid="suggestion"]').count()).toBeLessThanOrEqual(3);
  expect(((await panel.textContent('body')) ?? '').toLowerCase()).not.toContain('tier');
  await panel.close();
});

test('Insert keeps the cards in place, the used one marked, also after the agent sends it', async () => {
  const panel = await criticalPanel(400);
  const cards = panel.locator('[data-testid="suggestion"]');
  const order = () => cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.phraseId));
  const before = await order();
  const first = cards.first();
  await panel.screenshot({ path: `${SHOTS}/panel-400.png` });
  const text = ((await first.locator('[data-testid="suggestion-text"]').textContent()) ?? '').trim();
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft(''));
  await panel.keyboard.press('1');
  await expect.poll(() => first.getAttribute('data-used'), { timeout: 10_000 }).toBe('true');
  expect(await order()).toEqual(before);
  // A second press on the used card sends nothing more.
  await panel.keyboard.press('1');
  await page.waitForTimeout(300);
  const draft = await page.evaluate(() => (window as unknown as DemoWindow).__demo.editorText());
  expect(draft.split(text.slice(0, 25)).length - 1).toBe(1);
  // The agent sends it: an agent message, no customer message, so the list stays as it was.
  const count = async () =>
    Number(await panel.getAttribute('[data-testid="panel-status"]', 'data-message-count'));
  const sent = await count();
  await page.evaluate((t) => (window as unknown as DemoWindow).__demo.postAgent(t), text);
  await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(sent);
  await page.waitForTimeout(500);
  expect(await order()).toEqual(before);
  expect(await first.getAttribute('data-used')).toBe('true');
  await panel.screenshot({ path: `${SHOTS}/panel-400-used.png` });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(panel), scheme).toEqual([]);
  }
  await panel.close();
});
