// The background's behaviour under WXT's fake browser: real storage items, fake tabs and content scripts.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundDeps, createController } from '../../../lib/background/controller';
import type { PanelState } from '../../../lib/messaging/panel-state';
import { updateSettings } from '../../../lib/storage/settings';
import type { TabSessionStore } from '../../../lib/storage/tab-session-store';
import { fakeDeps, PAGE } from './fake-deps';

const TAB = 5;
let urls: Record<number, string>;
let pushed: PanelState[];
let deps: BackgroundDeps;
let sessions: TabSessionStore;

beforeEach(() => {
  fakeBrowser.reset();
  urls = { [TAB]: 'https://acme.zendesk.com/agent/tickets/1' };
  pushed = [];
  ({ deps, sessions } = fakeDeps({
    broadcast: (_tabId, state) => pushed.push(state),
    tabUrl: async (tabId) => urls[tabId],
  }));
});

const health = { conversation: true, messages: true, composer: true };

/** The content script's first report and read of ticket 1: customer messages m1, m2, … with these texts. */
async function readTicket(c: ReturnType<typeof createController>, ...texts: string[]): Promise<void> {
  await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: '1', health, customerName: 'Maria Souza' });
  await c.delta(TAB, PAGE, {
    conversationKey: '1',
    reset: true,
    upserts: texts.map((text, i) => ({ key: `m${i + 1}`, role: 'customer' as const, text })),
  });
}

describe('background controller', () => {
  test('a page report and a transcript delta reach the panel with flags, suggestions and a badge', async () => {
    const c = createController(deps);
    await readTicket(c, 'My parcel never arrived.', 'This is the THIRD time I ask, still not working!!');
    const state = pushed.at(-1) as PanelState;
    expect(state.status).toBe('ready');
    expect(state.customerName).toBe('Maria Souza');
    expect(state.flags.map((f) => f.messageKey)).toContain('m2');
    expect(state.suggestions.length).toBeGreaterThan(0);
    expect(state.risk.level).not.toBe('calm');
    expect(deps.setBadge).toHaveBeenLastCalledWith(
      TAB,
      expect.stringMatching(/!/),
      expect.any(String),
      expect.stringContaining(state.risk.level),
    );
    expect(await c.panelState(TAB)).toEqual(state);
  });

  test('the panel hears of a new message before its session is stored (storing a long chat takes a while)', async () => {
    const c = createController(deps);
    await readTicket(c, 'My parcel never arrived.');
    const stored: (number | undefined)[] = [];
    deps.broadcast = (_tabId, state) => {
      pushed.push(state);
      void fakeBrowser.storage.session
        .get(`tab-${TAB}`)
        .then((v) => stored.push((v[`tab-${TAB}`] as { messageCount?: number } | undefined)?.messageCount));
    };
    const told = createController(deps);
    await told.delta(TAB, PAGE, {
      conversationKey: '1',
      reset: false,
      upserts: [{ key: 'm2', role: 'customer', text: 'Still nothing!!' }],
    });
    expect(pushed.at(-1)?.status).toBe('ready');
    expect(stored).toEqual([1]);
    expect((await sessions.load(TAB))?.messageCount).toBe(2);
  });

  test('back to a conversation shown before, it is resumed: what the agent dismissed there still holds', async () => {
    const c = createController(deps);
    await readTicket(c, 'My parcel never arrived.', 'This is the THIRD time I ask, still not working!!');
    const rule = (await c.panelState(TAB)).flags[0]?.dismissKeys[0] as string;
    expect(rule).toBeTruthy();
    await c.dismissFlag(TAB, rule);
    const flagsLeft = (await c.panelState(TAB)).flags;
    // Another ticket, then back: the content script re-sends the first one whole, with one new message.
    await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: '2', health });
    await c.delta(TAB, PAGE, {
      conversationKey: '2',
      reset: true,
      upserts: [{ key: 'x1', role: 'customer', text: 'Hi' }],
    });
    await c.report(TAB, PAGE, {
      siteId: 'zendesk',
      conversationKey: '1',
      health,
      customerName: 'Maria Souza',
    });
    await c.delta(TAB, PAGE, {
      conversationKey: '1',
      reset: true,
      upserts: [
        'My parcel never arrived.',
        'This is the THIRD time I ask, still not working!!',
        'Hello??',
      ].map((text, i) => ({ key: `m${i + 1}`, role: 'customer' as const, text })),
    });
    const session = await sessions.load(TAB);
    expect(session?.conversationKey).toBe('1');
    expect(session?.messageCount).toBe(3);
    expect(session?.dismissedRules).toEqual([rule]);
    const flagsBack = pushed.at(-1)?.flags.filter((f) => f.messageKey !== 'm3');
    expect(flagsBack).toEqual(flagsLeft);
  });

  test('a site the agent switched off says so and stops the content script', async () => {
    const c = createController(deps);
    await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: '1', health });
    const status = await c.setSiteEnabled(TAB, 'https://acme.zendesk.com', false);
    expect(status.enabled).toBe(false);
    expect(deps.stopInTab).toHaveBeenCalledWith(TAB);
    expect((await c.panelState(TAB)).status).toBe('off');
    expect((await c.contentConfig('https://acme.zendesk.com/agent/tickets/2')).enabled).toBe(false);
  });

  test('another helpdesk runs only with its host permission, then gets a registered content script', async () => {
    urls[TAB] = 'https://help.example.org/inbox/7';
    const c = createController(deps);
    expect((await c.contentConfig(urls[TAB] as string)).enabled).toBe(false);
    expect((await c.setSiteEnabled(TAB, 'https://help.example.org', true)).enabled).toBe(false);
    expect(deps.registerSite).not.toHaveBeenCalled();
    vi.mocked(deps.hasHostPermission).mockResolvedValue(true);
    expect((await c.setSiteEnabled(TAB, 'https://help.example.org', true)).enabled).toBe(true);
    expect(deps.registerSite).toHaveBeenCalledWith('https://help.example.org');
    expect((await c.contentConfig(urls[TAB] as string)).enabled).toBe(true);
    // The tab the agent is looking at is read at once, not after a reload; other tabs wait for their next load.
    expect(deps.injectInTab).toHaveBeenCalledWith(TAB);
    vi.mocked(deps.injectInTab).mockClear();
    await c.setSiteEnabled(TAB, 'https://other.example.net', true);
    expect(deps.injectInTab).not.toHaveBeenCalled();
  });

  test('an insert that cannot reach the tab explains itself so the panel offers Copy', async () => {
    vi.mocked(deps.insertInTab).mockRejectedValue(new Error('Could not establish connection'));
    const c = createController(deps);
    const result = await c.insert(TAB, 'Hello', 'caret');
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/Copy/);
  });

  test('an inserted suggestion stays in place, marked, until the customer answers; then it is not offered again', async () => {
    const c = createController(deps);
    await readTicket(c, 'You are useless!!');
    const before = (pushed.at(-1) as PanelState).suggestions;
    const first = before[0];
    expect(first).toBeDefined();
    await c.insert(TAB, first?.text ?? '', 'caret', first?.phraseId);
    const after = (await c.panelState(TAB)).suggestions;
    // Same cards in the same order: pressing 1 twice cannot send two different phrases.
    expect(after.map((s) => s.phraseId)).toEqual(before.map((s) => s.phraseId));
    expect(after[0]?.used).toBe(true);
    expect(after.slice(1).some((s) => s.used)).toBe(false);
    await c.delta(TAB, PAGE, {
      conversationKey: '1',
      reset: false,
      upserts: [{ key: 'm9', role: 'customer', text: 'Still useless, you are not listening.' }],
    });
    const next = (await c.panelState(TAB)).suggestions;
    expect(next.map((s) => s.phraseId)).not.toContain(first?.phraseId);
    expect(next.some((s) => s.used)).toBe(false);
  });

  test('a site whose access was withdrawn is read no more, even when it is still switched on', async () => {
    const c = createController(deps);
    const site = 'https://help.example.org';
    const granted = vi.mocked(deps.hasHostPermission);
    granted.mockResolvedValue(true);
    await updateSettings((s) => ({ ...s, sites: { ...s.sites, [site]: true } }));
    expect(await c.mayRead(`${site}/inbox/1`)).toBe(true);
    expect((await c.contentConfig(`${site}/inbox/1`)).enabled).toBe(true);
    granted.mockResolvedValue(false);
    expect(await c.mayRead(`${site}/inbox/1`)).toBe(false);
    expect((await c.contentConfig(`${site}/inbox/1`)).enabled).toBe(false);
    // Built-in helpdesks need no grant; pages that are not web pages are never read.
    expect(await c.mayRead('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(await c.mayRead('chrome://extensions/')).toBe(false);
  });

  test('the keyboard commands act on the top suggestion that needs nothing filled in', async () => {
    const c = createController(deps);
    await readTicket(c, 'This is the third time I ask, still not working!!');
    const top = (await c.panelState(TAB)).suggestions.find((s) => s.missing.length === 0);
    expect(top).toBeDefined();
    await c.command('copy-top-suggestion', TAB);
    expect(deps.copyInTab).toHaveBeenCalledWith(TAB, top?.text);
    expect(deps.insertInTab).not.toHaveBeenCalled();
    await c.command('insert-top-suggestion', TAB);
    expect(deps.insertInTab).toHaveBeenCalledWith(TAB, top?.text, 'caret', 'reply');
    // Inserted once, its card is marked used and the shortcut moves on to the next one.
    const after = (await c.panelState(TAB)).suggestions;
    expect(after.find((s) => s.phraseId === top?.phraseId)?.used).toBe(true);
    await c.command('insert-top-suggestion', TAB);
    expect(vi.mocked(deps.insertInTab).mock.calls.at(-1)?.[1]).not.toBe(top?.text);
  });

  test('with no conversation read yet, the commands do nothing', async () => {
    const c = createController(deps);
    await c.command('insert-top-suggestion', TAB);
    await c.command('copy-top-suggestion', TAB);
    expect(deps.insertInTab).not.toHaveBeenCalled();
    expect(deps.copyInTab).not.toHaveBeenCalled();
  });
});
