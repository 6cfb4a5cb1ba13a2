// Hostile tabs, under WXT's fake browser with a session quota like Chromium's: one tab's
// page must not be able to fill session storage and stop Poise in other tabs, and switching a site off stops every
// tab of it. Each test failed on the code before the fix (the delta rejected, the content script then aborted).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type BackgroundDeps,
  createController,
  STORAGE_FULL_WARNING,
} from '../../../lib/background/controller';
import { MAX_SESSION_CHARS, MAX_STORED_MESSAGE_CHARS } from '../../../lib/background/session-budget';
import type { PanelState } from '../../../lib/messaging/panel-state';
import type { TabSessionStore } from '../../../lib/storage/tab-session-store';
import { fakeDeps, PAGE } from './fake-deps';

const HOSTILE = 1;
const AGENT = 2;
const QUOTA_ERROR = 'Session storage quota bytes exceeded. Values were not stored.';

let sessions: TabSessionStore;
let pushed: Map<number, PanelState>;
let deps: BackgroundDeps;

/** Chromium refuses a session write that would take the area past its quota; the fake browser has none. */
function enforceQuota(quotaChars: number): void {
  const area = fakeBrowser.storage.session;
  const set = area.set.bind(area);
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await area.get(null)), ...items };
    if (JSON.stringify(all).length > quotaChars) throw new Error(QUOTA_ERROR);
    return set(items);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  pushed = new Map();
  ({ deps, sessions } = fakeDeps({
    tabsOfOrigin: vi.fn(async () => [HOSTILE, AGENT]),
    broadcast: (tabId, state) => pushed.set(tabId, state),
    insertInTab: vi.fn(async () => ({ ok: true })),
  }));
});

const health = { conversation: true, messages: true, composer: true };
const customer = (key: string, text: string) => ({ key, role: 'customer' as const, text });

async function open(c: ReturnType<typeof createController>, tabId: number): Promise<void> {
  await c.report(tabId, PAGE, { siteId: 'zendesk', conversationKey: `t${tabId}`, health });
}

describe('a tab that posts huge messages', () => {
  test('cannot fill session storage: Poise keeps reading it and every other tab', async () => {
    enforceQuota(2_000_000);
    const c = createController(deps);
    await open(c, AGENT);
    await open(c, HOSTILE);
    for (let i = 0; i < 30; i++) {
      const text = `${String.fromCharCode(97 + (i % 26)).repeat(100_000)} you are useless`;
      const ack = await c.delta(HOSTILE, PAGE, {
        conversationKey: `t${HOSTILE}`,
        reset: i === 0,
        upserts: [customer(`h${i}`, text)],
      });
      expect(ack).toEqual({ keepReading: true });
    }
    const hostile = await sessions.load(HOSTILE);
    expect(hostile?.messageCount).toBe(30);
    expect(JSON.stringify(hostile).length).toBeLessThanOrEqual(MAX_SESSION_CHARS);
    expect(Math.max(...(hostile?.transcript ?? []).map((m) => m.text.length))).toBeLessThanOrEqual(
      MAX_STORED_MESSAGE_CHARS,
    );
    // The other tab still reads and stores, and its panel shows what it read.
    const ack = await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: true,
      upserts: [customer('a1', 'I will sue you, my lawyer is ready')],
    });
    expect(ack).toEqual({ keepReading: true });
    expect((await sessions.load(AGENT))?.messageCount).toBe(1);
    expect(pushed.get(AGENT)?.flags.map((f) => f.messageKey)).toEqual(['a1']);
    expect(pushed.get(AGENT)?.warning).toBeNull();
  });

  test('the analysis is kept while the stored text is trimmed: a threat past the stored copy still counts', async () => {
    const c = createController(deps);
    await open(c, AGENT);
    const text = `${'my order number is 12345 '.repeat(400)} and I will sue you`;
    await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: true,
      upserts: [customer('a1', text)],
    });
    const state = pushed.get(AGENT);
    expect(state?.flags[0]?.signals.map((s) => s.name)).toContain('threat_legal');
    expect((await sessions.load(AGENT))?.transcript[0]?.text.length).toBeLessThanOrEqual(
      MAX_STORED_MESSAGE_CHARS,
    );
  });

  test('when storage is full, the oldest conversations are evicted first', async () => {
    const c = createController(deps);
    for (const tab of [11, 12, 13]) {
      await c.report(tab, PAGE, { siteId: 'zendesk', conversationKey: `t${tab}`, health });
      await c.delta(tab, PAGE, {
        conversationKey: `t${tab}`,
        reset: true,
        upserts: [customer('m', 'x'.repeat(1500))],
      });
    }
    enforceQuota(JSON.stringify(await fakeBrowser.storage.session.get(null)).length + 500);
    await c.delta(AGENT, PAGE, {
      conversationKey: 'a',
      reset: true,
      upserts: [customer('m', 'y'.repeat(1500))],
    });
    const left = Object.keys(await fakeBrowser.storage.session.get(null)).sort();
    expect(left).toContain(`tab-${AGENT}`);
    expect(left).not.toContain('tab-11');
    expect(left).toContain('tab-13');
  });

  test('a tab that cannot be stored at all says so in its panel and keeps reading in memory', async () => {
    const c = createController(deps);
    await open(c, AGENT);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error(QUOTA_ERROR));
    const ack = await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: true,
      upserts: [customer('a1', 'This is the third time I ask!!')],
    });
    expect(ack).toEqual({ keepReading: true });
    expect(pushed.get(AGENT)?.warning).toBe(STORAGE_FULL_WARNING);
    await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: false,
      upserts: [customer('a2', 'Hello?')],
    });
    expect(pushed.get(AGENT)?.messageCount).toBe(2);
    // Room again: the warning goes.
    vi.mocked(fakeBrowser.storage.session.set).mockRestore();
    await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: false,
      upserts: [customer('a3', 'Thanks')],
    });
    expect(pushed.get(AGENT)?.warning).toBeNull();
    expect((await sessions.load(AGENT))?.messageCount).toBe(3);
  });
});

describe('switching a site off', () => {
  test('stops every open tab of that site, and the background refuses what they send afterwards', async () => {
    const c = createController(deps);
    await open(c, HOSTILE);
    await open(c, AGENT);
    await c.setSiteEnabled(AGENT, 'https://acme.zendesk.com', false);
    expect(deps.stopInTab).toHaveBeenCalledWith(AGENT);
    expect(deps.stopInTab).toHaveBeenCalledWith(HOSTILE);
    expect(pushed.get(HOSTILE)?.status).toBe('off');
    const ack = await c.delta(HOSTILE, PAGE, {
      conversationKey: `t${HOSTILE}`,
      reset: false,
      upserts: [customer('late', 'I will sue you')],
    });
    expect(ack.keepReading).toBe(false);
    expect((await sessions.load(HOSTILE))?.messageCount ?? 0).toBe(0);
  });

  test('a page whose access was withdrawn is told to stop, not silently dropped', async () => {
    const c = createController(deps);
    const ack = await c.report(3, 'https://help.example.org/inbox/1', {
      siteId: 'generic',
      conversationKey: 'x',
      health,
    });
    expect(ack).toEqual({ keepReading: false, reason: expect.stringMatching(/access/) });
  });
});

describe("the customer's display name", () => {
  test('is one plain line wherever the panel shows it (item 7)', async () => {
    const c = createController(deps);
    await c.report(AGENT, PAGE, {
      siteId: 'zendesk',
      conversationKey: 'n',
      health,
      customerName: 'Maria\nOffered: a full refund\u202E\u200B',
    });
    expect(pushed.get(AGENT)?.customerName).toBe('Maria Offered: a full refund');
  });
});

describe('the toolbar badge', () => {
  test('shows no level until a customer message was read, then the level', async () => {
    const c = createController(deps);
    await open(c, AGENT);
    await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: true,
      upserts: [{ key: 'a0', role: 'agent', text: 'Hi, I am Alex. How can I help?' }],
    });
    expect(vi.mocked(deps.setBadge).mock.lastCall).toEqual([AGENT, '', expect.any(String), 'Poise']);
    await c.delta(AGENT, PAGE, {
      conversationKey: `t${AGENT}`,
      reset: false,
      upserts: [customer('c1', 'Hello')],
    });
    expect(vi.mocked(deps.setBadge).mock.lastCall?.[3]).toMatch(/^Poise: calm/);
  });
});
