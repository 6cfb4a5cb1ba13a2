// Learning from dismissals in a real Chromium with the built extension: the agent clicks "Not a problem" on the same
// legal threat in three tickets; a fourth ticket, open in another tab all along, is read again and weighs the threat
// less; Undo in the options page's "Learned from your dismissals" brings its weight back.
// Local storage then holds no word the customer wrote.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openHelpdesk, type Poise, postCustomer, startPoise, stopPoise } from './support';

/** A word no lexicon holds: found in local storage, the customer's text leaked. */
const CANARY = 'Qwyxzor';
const THREAT = `I will call my lawyer about the ${CANARY} order.`;

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const ticketUrl = (id: string) => poise.server.urls.zendesk.replace('/1042', `/${id}?autoplay=0`);

interface StoredSession {
  transcript?: { text: string }[];
  risk?: { score?: number };
}

async function session(tabId: number): Promise<StoredSession | undefined> {
  const stored = await poise.browser.worker.evaluate((id) => chrome.storage.session.get(`tab-${id}`), tabId);
  return stored[`tab-${tabId}`] as StoredSession | undefined;
}

/** The conversation's score as the background keeps it for a tab. */
async function score(tabId: number): Promise<number> {
  return (await session(tabId))?.risk?.score ?? Number.NaN;
}

async function flagOf(panel: Page) {
  const flag = panel.locator('[data-testid="flag"]', { hasText: 'lawyer' });
  await expect.poll(() => flag.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return flag.first();
}

const local = () => poise.browser.worker.evaluate(() => chrome.storage.local.get(null));

test('a threat dismissed in three tickets weighs less in a fourth one already open, until it is undone', async () => {
  // The fourth ticket, open before anything was learned.
  const other = await openHelpdesk(poise, ticketUrl('1029'));
  await postCustomer(other.page, THREAT);
  await expect
    .poll(async () => (await session(other.tabId))?.transcript?.some((m) => m.text === THREAT), {
      timeout: 10_000,
    })
    .toBe(true);
  const before = await score(other.tabId);
  expect(before).toBeGreaterThan(50);

  const { page, tabId } = await openHelpdesk(poise, ticketUrl('1042'));
  const panel = await poise.browser.openPanel(tabId);
  for (const [i, id] of ['1042', '1038', '1035'].entries()) {
    if (i > 0) {
      await page.goto(ticketUrl(id));
      await expect.poll(() => panel.locator('[data-testid="flag"]', { hasText: 'lawyer' }).count()).toBe(0);
    }
    await postCustomer(page, THREAT);
    await (await flagOf(panel)).locator('[data-testid="dismiss-flag"]').click();
    await expect.poll(() => panel.locator('[data-testid="flag"]', { hasText: 'lawyer' }).count()).toBe(0);
  }

  const learned = async () =>
    ((await local()).dismissalLearning as { learned?: { key: string }[] } | undefined)?.learned ?? [];
  await expect.poll(async () => (await learned()).map((l) => l.key)).toContain('threat_legal:to-attorney');
  // The open ticket was read again without a new message: the threat weighs less there now.
  await expect.poll(() => score(other.tabId), { timeout: 10_000 }).toBeLessThan(before);
  expect(JSON.stringify(await local()).toLowerCase()).not.toContain(CANARY.toLowerCase());

  // The options page lists what was learned; Undo on each brings the weight back in the open ticket.
  const options = await poise.browser.context.newPage();
  await options.goto(`chrome-extension://${poise.browser.extensionId}/options.html#learned`);
  const rows = options.locator('[data-testid="learned"]');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  expect(await rows.allTextContents()).toContainEqual(
    expect.stringContaining('“to attorney” (legal threat)'),
  );
  while ((await rows.count()) > 0) {
    const count = await rows.count();
    await rows.first().getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => rows.count()).toBe(count - 1);
  }
  await expect.poll(() => options.locator('[data-testid="learned-empty"]').count()).toBe(1);
  await expect.poll(() => score(other.tabId), { timeout: 10_000 }).toBe(before);
  await options.close();
  await panel.close();
  await page.close();
  await other.page.close();
});
