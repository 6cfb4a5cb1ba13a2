// What the background keeps of the page's own fields and of the customer's writing, and how "let them finish" ends:
// page facts validated like the customer's name, typing with the background's time, arrivals only for live messages,
// and a republish when the seconds pass.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController } from '../../../lib/background/controller';
import { MAX_PAGE_FACT_CHARS } from '../../../lib/background/session-budget';
import { applyDelta, applyReport, newTabSession } from '../../../lib/background/tab-session';
import type { PanelState } from '../../../lib/messaging/panel-state';
import type { PageReport } from '../../../lib/messaging/protocol';
import { BURST_WINDOW_MS } from '../../../lib/suggest/listen';
import { fakeDeps, PAGE } from './fake-deps';

const health = { conversation: true, messages: true, composer: true };
const report = (extra: Partial<PageReport> = {}): PageReport => ({
  siteId: 'zendesk',
  conversationKey: '1',
  health,
  ...extra,
});
const customers = (...keys: string[]) =>
  keys.map((key) => ({ key, role: 'customer' as const, text: `I ${key}` }));

describe('page facts in the session', () => {
  test('kept flattened and capped; unknown names and non-text values dropped (the page chose them)', () => {
    const raw = {
      email: 'maria\u202E@example.com\n',
      orderId: 'x'.repeat(5000),
      password: 'hunter2',
      accountId: 42,
    } as unknown as NonNullable<PageReport['pageFacts']>;
    const s = applyReport(newTabSession(1), report({ pageFacts: raw }));
    expect(s.pageFacts.email).toBe('maria@example.com');
    expect(s.pageFacts.orderId?.length).toBeLessThanOrEqual(MAX_PAGE_FACT_CHARS);
    expect(Object.keys(s.pageFacts).sort()).toEqual(['email', 'orderId']);
  });

  test('a report without them clears them', () => {
    const s = applyReport(newTabSession(1), report({ pageFacts: { email: 'a@example.com' } }));
    expect(applyReport(s, report()).pageFacts).toEqual({});
  });
});

describe('typing and arrivals on the background clock', () => {
  test('typing starts when first reported, stays from then, and ends with the report that says so', () => {
    let s = applyReport(newTabSession(1), report({ customerTyping: true }), 1000);
    expect(s.typingSince).toBe(1000);
    s = applyReport(s, report({ customerTyping: true }), 5000);
    expect(s.typingSince).toBe(1000);
    expect(applyReport(s, report({ customerTyping: false }), 6000).typingSince).toBeNull();
    expect(applyReport(s, report(), 6000).typingSince).toBeNull();
  });

  test("a conversation's history carries no arrival times; live messages do (the page's timestamps are ignored)", () => {
    let s = applyReport(newTabSession(1), report());
    s = applyDelta(
      s,
      { conversationKey: '1', reset: true, upserts: customers('h1', 'h2', 'h3') },
      'default',
      1000,
    );
    expect(s.arrivals).toEqual([]);
    const live = customers('n1').map((m) => ({ ...m, at: '2001-01-01T00:00:00Z' }));
    s = applyDelta(s, { conversationKey: '1', reset: false, upserts: live }, 'default', 2000);
    expect(s.arrivals).toEqual([{ key: 'n1', at: 2000 }]);
  });
});

describe('the background republishes when "let them finish" ends', () => {
  const TAB = 5;
  let pushed: PanelState[];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    pushed = [];
  });
  afterEach(() => vi.useRealTimers());

  const controller = () =>
    createController(
      fakeDeps({ broadcast: (_tab, state) => pushed.push(state), tabUrl: async () => PAGE }).deps,
    );

  test('a live burst shows it for a few seconds, then a new state without it is published', async () => {
    const c = controller();
    await c.report(TAB, PAGE, report());
    await c.delta(TAB, PAGE, { conversationKey: '1', reset: true, upserts: customers('h1') });
    expect(pushed.at(-1)?.letThemFinish).toBe(false);
    for (const key of ['b1', 'b2', 'b3']) {
      await c.delta(TAB, PAGE, { conversationKey: '1', reset: false, upserts: customers(key) });
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(pushed.at(-1)?.letThemFinish).toBe(true);
    const before = pushed.length;
    await vi.advanceTimersByTimeAsync(BURST_WINDOW_MS);
    expect(pushed.length).toBeGreaterThan(before);
    expect(pushed.at(-1)?.letThemFinish).toBe(false);
  });

  test('the page shows typing: shown; typing stops: gone at once', async () => {
    const c = controller();
    await c.report(TAB, PAGE, report({ customerTyping: true }));
    expect(pushed.at(-1)?.letThemFinish).toBe(true);
    await c.report(TAB, PAGE, report({ customerTyping: false }));
    expect(pushed.at(-1)?.letThemFinish).toBe(false);
  });

  test('a restarted worker reads the stored times against the clock: no stale cue', async () => {
    const first = fakeDeps({ tabUrl: async () => PAGE });
    const c = createController(first.deps);
    await c.report(TAB, PAGE, report());
    for (const key of ['b1', 'b2', 'b3'])
      await c.delta(TAB, PAGE, { conversationKey: '1', reset: false, upserts: customers(key) });
    expect((await c.panelState(TAB)).letThemFinish).toBe(true);
    // The worker stops (its timer with it); later a new one builds the state from storage.
    vi.setSystemTime(Date.now() + BURST_WINDOW_MS + 1000);
    const restarted = createController({ ...first.deps, loadSession: first.sessions.load });
    expect((await restarted.panelState(TAB)).letThemFinish).toBe(false);
  });
});
