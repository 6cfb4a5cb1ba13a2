// Poise through what a browser does to an extension in a shift, each in a real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TabSession } from '../../lib/background/tab-session';
import {
  type DemoWindow,
  openHelpdesk,
  type Poise,
  postCustomer,
  startPoise,
  stopPoise,
  tabSession,
} from './support';

let poise: Poise;
beforeAll(async () => {
  poise = await startPoise();
});
afterAll(() => stopPoise(poise));

const session = (tabId: number) => tabSession(poise, tabId);
/** Every flagged message's text: the newest, and the older ones behind "Earlier flags" (opened here). */
async function flagTexts(panel: Page): Promise<string[]> {
  const earlier = panel.locator('[data-testid="earlier-flags"][aria-expanded="false"]');
  if ((await earlier.count()) > 0) await earlier.click();
  return panel.locator('[data-testid="flag"]').allInnerTexts();
}

test('the service worker is stopped mid-conversation and carries on where it was', async () => {
  const { page, tabId } = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const panel = await poise.browser.openPanel(tabId);
  await postCustomer(page, 'This is the third time I am asking, it is still not working.');
  await postCustomer(page, 'You are useless, you idiot.');
  await expect.poll(async () => (await session(tabId))?.risk.level).not.toBe('calm');
  const before = (await session(tabId)) as TabSession;

  // Stop the extension's worker through the DevTools protocol, as Chromium does when it is idle.
  const cdp = await poise.browser.context.newCDPSession(panel);
  const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
  const stopped = new Set<string>();
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        versions.set(v.versionId, v);
        if (v.runningStatus === 'stopped' && v.scriptURL.includes(poise.browser.extensionId))
          stopped.add(v.versionId);
      }
    },
  );
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...versions.values()].some((v) => v.runningStatus === 'running')).toBe(true);
  for (const [versionId, v] of versions) {
    if (v.scriptURL.includes(poise.browser.extensionId))
      await cdp.send('ServiceWorker.stopWorker', { versionId });
  }
  // The open panel may wake the worker again at once, so what counts is that it was seen stopped.
  await expect.poll(() => stopped.size).toBeGreaterThan(0);

  // The next customer message wakes it; the state it had is intact and grows from there.
  await postCustomer(page, 'I want to speak to your manager right now.');
  await expect.poll(async () => (await session(tabId))?.messageCount).toBe(before.messageCount + 1);
  const after = (await session(tabId)) as TabSession;
  expect(after.transcript.slice(0, before.transcript.length)).toEqual(before.transcript);
  expect(after.risk.turns.slice(0, before.risk.turns.length)).toEqual(before.risk.turns);
  expect(after.conversationKey).toBe(before.conversationKey);
  await expect.poll(async () => (await flagTexts(panel)).join('\n')).toContain('manager');
  await cdp.detach();
  await panel.close();
  await page.close();
});

test('two helpdesk tabs and a conversation switch: each panel shows its own conversation, never another', async () => {
  const a = await openHelpdesk(poise, `${poise.server.urls.zendesk}?autoplay=0`);
  const b = await openHelpdesk(poise, `${poise.server.urls.intercom}?autoplay=0`);
  await postCustomer(a.page, 'Zendesk tab: this is absolutely ridiculous.');
  await postCustomer(b.page, 'Intercom tab: I will cancel my subscription today.');
  let panelA = await poise.browser.openPanel(a.tabId);
  const panelB = await poise.browser.openPanel(b.tabId);
  await expect.poll(async () => (await flagTexts(panelA)).join()).toContain('Zendesk tab');
  await expect.poll(async () => (await flagTexts(panelB)).join()).toContain('Intercom tab');
  expect((await flagTexts(panelA)).join()).not.toContain('Intercom tab');
  expect((await flagTexts(panelB)).join()).not.toContain('Zendesk tab');

  // Close and reopen: the same conversation comes back.
  await panelA.close();
  panelA = await poise.browser.openPanel(a.tabId);
  await expect.poll(async () => (await flagTexts(panelA)).join()).toContain('Zendesk tab');

  // Switch conversation inside tab A: the panel follows and drops the old conversation's flags.
  const before = await a.page.evaluate(() => (window as unknown as DemoWindow).__demo.activeConversation());
  await a.page.locator('[data-test-id="header-tab"][data-entity-is-selected="false"]').first().click();
  await expect
    .poll(() => a.page.evaluate(() => (window as unknown as DemoWindow).__demo.activeConversation()))
    .not.toBe(before);
  await expect.poll(async () => (await session(a.tabId))?.conversationKey).not.toContain(before);
  await expect.poll(async () => (await flagTexts(panelA)).join()).not.toContain('Zendesk tab');
  await postCustomer(a.page, 'Second ticket: I have been waiting for hours.');
  await expect.poll(async () => (await flagTexts(panelA)).join()).toContain('Second ticket');
  for (const p of [panelA, panelB, a.page, b.page]) await p.close();
});
