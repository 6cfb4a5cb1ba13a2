// The draft coach and the case summary in a real Chromium, on the demo helpdesk's real editors: an inflaming draft
// typed into CKEditor 5 is shown back as a diff, and Accept puts a calmer draft with the same facts in the reply box;
// the case summary lands in the composer's internal-note mode, never in the public reply; on a page without a note
// mode only Copy is offered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoWindow, editorText, openHelpdesk, type Poise, startPoise, stopPoise } from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const DRAFT =
  "Please calm down. As I already said, order #48213 is not our fault, the courier lost it. I'll refund $64.90 by Friday, Maria.";
const FACTS = ['#48213', '$64.90', 'by Friday', 'Maria', "I'll refund"];

/** The reply box of the ticket the agent sees (the demo keeps several mounted, as Zendesk does). */
const composer = (page: Page) => page.locator('[data-test-id="omnicomposer-plain-text-ckeditor"]:visible');
const switcher = (page: Page) => page.locator('[data-test-id="omnichannel-channel-switcher-button"]:visible');

describe('Zendesk-like page (CKEditor 5, with a Public reply / Internal note switch)', () => {
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    let tabId: number;
    ({ page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`));
    panel = await poise.browser.openPanel(tabId);
    await panel.setViewportSize({ width: 400, height: 900 });
  });
  afterAll(async () => {
    await panel.close();
    await page.close();
  });

  test('a typed draft is shown as a diff; Accept puts a calmer draft with the same facts in the reply box', async () => {
    await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft(''));
    await composer(page).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => editorText(page)).toContain('Maria.');

    const diff = panel.locator('.coach-diff');
    await expect.poll(() => diff.count(), { timeout: 10_000 }).toBe(1);
    const removed = await diff.locator('del').allTextContents();
    expect(removed.join(' ')).toMatch(/calm/i);
    expect(removed.join(' ')).toMatch(/not our fault/i);
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);

    await panel.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).not.toContain('calm down');
    const text = await editorText(page);
    for (const fact of FACTS) expect(text).toContain(fact);
    expect(text).not.toMatch(/not our fault|As I already said/i);
    expect(text).toContain("I'm sorry");
  });

  test('the case summary goes into the internal note; the public reply stays empty', async () => {
    await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft(''));
    await expect.poll(() => switcher(page).getAttribute('data-channel')).toBe('messaging');
    await panel.getByRole('button', { name: /case summary/i }).click();
    const insert = panel.getByRole('button', { name: 'Insert as internal note' });
    await expect.poll(() => insert.count(), { timeout: 10_000 }).toBe(1);
    await insert.click();

    await expect
      .poll(() => switcher(page).getAttribute('data-channel'), { timeout: 10_000 })
      .toBe('internal');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Case summary');
    expect(await editorText(page)).toContain('Problem, in the customer’s words');

    // Back to the public reply, as the agent would: nothing of the summary is there.
    await switcher(page).click();
    await page.locator('[data-test-id="omnichannel-channel-switcher-menuitem-messaging"]').click();
    await expect.poll(() => switcher(page).getAttribute('data-channel')).toBe('messaging');
    expect((await editorText(page)).trim()).toBe('');
  });
});

test('Intercom-like page: the summary goes into the Note tab', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.intercom}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await page.evaluate(() => (window as unknown as DemoWindow).__demo.setDraft(''));
  await panel.getByRole('button', { name: /case summary/i }).click();
  const insert = panel.getByRole('button', { name: 'Insert as internal note' });
  await expect.poll(() => insert.count(), { timeout: 10_000 }).toBe(1);
  await insert.click();
  const note = page.locator('[data-intercom-target="note-tab"]');
  await expect.poll(() => note.getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
  await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('Case summary');
  await page.locator('[data-intercom-target="reply-tab"]').click();
  expect((await editorText(page)).trim()).toBe('');
  await panel.close();
  await page.close();
});

test('a page without a note mode offers Copy only', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.editors}/prosemirror`);
  const panel = await poise.browser.openPanel(tabId);
  await panel.getByRole('button', { name: /case summary/i }).click();
  const section = panel.getByRole('region', { name: 'Case summary' });
  await expect.poll(() => section.getByRole('button', { name: 'Copy' }).count(), { timeout: 10_000 }).toBe(1);
  expect(await section.getByRole('button', { name: /insert/i }).count()).toBe(0);
  expect(await section.textContent()).toContain('no internal note');
  await panel.close();
  await page.close();
});
