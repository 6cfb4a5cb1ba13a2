/**
 * The options page in Chromium with every built-in phrase: it fits a screen or two instead of a long scroll, shows
 * placeholders as chips (never braces), search narrows the list, Edit opens where the phrase is, and axe is clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook';
import { seriousViolations } from './axe';
import { type Poise, startPoise, stopPoise } from './support';

let poise: Poise;
let page: Page;

beforeAll(async () => {
  poise = await startPoise();
  page = await poise.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
});
afterAll(async () => {
  await page?.close();
  await stopPoise(poise);
});

async function openOptions(): Promise<void> {
  await page.goto(`chrome-extension://${poise.browser.extensionId}/options.html`);
  await page.getByTestId('phrase-list').waitFor();
}

const rowCount = () => page.getByTestId('phrase').count();

test('with every built-in phrase the page stays short, and the list shows no template braces', async () => {
  await openOptions();
  const all = page
    .getByRole('navigation', { name: 'Phrase kinds' })
    .getByRole('button', { name: /^All kinds/ });
  expect(await all.textContent()).toBe(`All kinds ${DEFAULT_PLAYBOOK.length}`);
  // The settings show even though managed storage (the team playbook) may not have answered.
  await page.getByRole('group', { name: 'Sensitivity' }).waitFor();
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`options page height at 1280x800: ${await height()} px (${await rowCount()} phrases listed)`);
  expect(await height()).toBeLessThan(3000);
  const listText = (await page.getByTestId('phrase-list').textContent()) ?? '';
  expect(listText).not.toMatch(/\{\{|\}\}/);
  expect(await page.getByTestId('placeholder-chip').count()).toBeGreaterThan(0);
  // The kind with the most phrases too.
  const counts: Record<string, number> = {};
  for (const p of DEFAULT_PLAYBOOK) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
  const [largest, most] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const kinds = page.getByRole('navigation', { name: 'Phrase kinds' }).getByRole('button');
  await kinds
    .filter({ hasText: new RegExp(` ${most}$`) })
    .first()
    .click();
  await expect.poll(rowCount).toBe(most);
  console.log(`with ${largest} (${most} phrases): ${await height()} px`);
  expect(await height()).toBeLessThan(3000);

  // The privacy statement is one click from the top.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Privacy' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Privacy' }).isVisible()).toBe(true);
  const top = await page
    .getByRole('heading', { name: 'Privacy' })
    .evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeLessThan(800);
  expect(top).toBeGreaterThanOrEqual(0);
});

test('search narrows the list; across all kinds no phrase shows braces either', async () => {
  await openOptions();
  const kinds = page.getByRole('navigation', { name: 'Phrase kinds' });
  await kinds.getByRole('button', { name: /^All kinds/ }).click();
  expect(await rowCount()).toBe(DEFAULT_PLAYBOOK.length);
  expect((await page.getByTestId('phrase-list').textContent()) ?? '').not.toMatch(/\{\{|\}\}/);
  await page.getByLabel('Search phrases').fill('order number');
  await expect.poll(rowCount).toBeLessThan(DEFAULT_PLAYBOOK.length / 4);
  const n = await rowCount();
  expect(n).toBeGreaterThan(0);
  for (const text of await page.getByTestId('phrase').allTextContents())
    expect(text).toMatch(/order number/i);
});

test('Edit opens the form where the phrase stands, and Add shows no error before typing', async () => {
  await openOptions();
  const fifth = page.getByTestId('phrase').nth(4);
  const before = await fifth.evaluate((li) => li.getBoundingClientRect().top + window.scrollY);
  await fifth.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit phrase' });
  const at = await form.evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
  expect(Math.abs(at - before)).toBeLessThan(40);
  await form.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Add a phrase' }).click();
  const added = page.getByRole('form', { name: 'New phrase' });
  await added.waitFor();
  expect(await added.getByRole('alert').count()).toBe(0);
  expect(await added.getByLabel('Text').getAttribute('aria-invalid')).toBe('false');
});

test('axe-core: no serious or critical violation, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openOptions();
    expect(await seriousViolations(page), scheme).toEqual([]);
    await page.getByRole('button', { name: 'Add a phrase' }).click();
    expect(await seriousViolations(page), `${scheme}, with the form open`).toEqual([]);
  }
});
