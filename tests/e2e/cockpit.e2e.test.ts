// The agent's cockpit in a real Chromium: as the scripted customer escalates, the side panel's level rises
// through the levels, flagged words appear, a boundary suggestion appears once the customer turns abusive, and its
// Insert puts the text into the real editor. Screenshots of the three states are saved. axe-core finds no serious or
// critical violation on the side panel, popup and options page.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DemoWindow, editorText, openHelpdesk, type Poise, startPoise, stopPoise } from './support';

const SHOTS = 'artifacts/e2e';
const LEVELS = ['calm', 'watch', 'escalating', 'critical'];
let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => stopPoise(poise));

test('the panel follows the scripted customer from calm to critical and offers a boundary to insert', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await panel.setViewportSize({ width: 400, height: 900 });
  const level = async () => (await panel.getAttribute('[data-testid="risk-level"]', 'data-level')) ?? '';
  await expect.poll(level).toBe('calm');
  await panel.screenshot({ path: `${SHOTS}/calm.png` });

  // Step the scripted customer on until they turn abusive and a boundary is offered (the script ends there).
  const boundary = panel.locator('[data-testid="suggestion"][data-kind="boundary"]').first();
  const seen = ['calm'];
  for (let step = 0; step < 40 && (await boundary.count()) === 0; step++) {
    await page.evaluate(() => (window as unknown as DemoWindow).__demo.script.step());
    await page.waitForTimeout(300);
    const now = await level();
    if (now !== seen.at(-1)) {
      seen.push(now);
      if (now === 'escalating') await panel.screenshot({ path: `${SHOTS}/escalating.png` });
    }
  }
  await panel.screenshot({ path: `${SHOTS}/critical.png` });
  // It rises: every level reached is higher than the one before, and it ends at critical.
  const ranks = seen.map((l) => LEVELS.indexOf(l));
  expect(
    ranks.every((r, i) => i === 0 || r > (ranks[i - 1] ?? -1)),
    seen.join(' → '),
  ).toBe(true);
  expect(seen.at(-1)).toBe('critical');
  expect(seen).toContain('escalating');

  // Flagged words are highlighted as text.
  await expect.poll(() => panel.locator('[data-testid="flag"] mark').count()).toBeGreaterThan(0);

  // A boundary suggestion is offered for abuse; Insert puts it into CKEditor's own model.
  await expect.poll(() => boundary.count()).toBe(1);
  const text = ((await boundary.locator('[data-testid="suggestion-text"]').textContent()) ?? '').trim();
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft(''));
  await boundary.locator('[data-testid="insert-suggestion"]').click();
  await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain(text.slice(0, 30));
  await panel.close();
  await page.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, so the pages' strict CSP does not block axe.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}

test.each(['sidepanel.html', 'popup.html', 'options.html'])(
  'axe-core: %s has no serious or critical violation',
  async (file) => {
    const { tabId } = await openHelpdesk(poise, `${poise.server.urls.intercom}?autoplay=0`);
    const page = await poise.browser.context.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${poise.browser.extensionId}/${file}?tabId=${tabId}`);
      await page.waitForTimeout(500);
      expect(await seriousViolations(page), `${file} (${scheme})`).toEqual([]);
    }
    await page.close();
  },
);
