import { describe, expect, test } from 'vitest';
import {
  applyDelta,
  applyReport,
  dismissRule,
  MAX_TRANSCRIPT,
  newTabSession,
  resumeConversation,
  type TabSession,
} from '../../../lib/background/tab-session';
import type { ChatMessage } from '../../../lib/chat';

const msg = (key: string, text: string, role: ChatMessage['role'] = 'customer'): ChatMessage => ({
  key,
  role,
  text,
});
const report = (conversationKey: string | null) => ({
  siteId: 'zendesk',
  conversationKey,
  health: { conversation: true, messages: true, composer: true },
});

describe('tab session', () => {
  test('a delta adds only its messages and keeps earlier analysis untouched', () => {
    let s = applyReport(newTabSession(3), report('t1'));
    s = applyDelta(
      s,
      { conversationKey: 't1', upserts: [msg('a', 'Hi, my order is late.')], reset: true },
      'default',
    );
    const firstTurn = s.risk.turns[0];
    s = applyDelta(
      s,
      { conversationKey: 't1', upserts: [msg('b', 'Still not working, third time!!')], reset: false },
      'default',
    );
    expect(s.transcript.map((m) => m.key)).toEqual(['a', 'b']);
    expect(s.messageCount).toBe(2);
    expect(s.risk.turns[0]).toBe(firstTurn);
    expect(s.risk.turns[1]?.analysis.signals.length).toBeGreaterThan(0);
  });

  test('a new conversation in the same tab starts afresh', () => {
    let s = applyReport(newTabSession(3), report('t1'));
    s = applyDelta(
      s,
      { conversationKey: 't1', upserts: [msg('a', 'You are useless, idiot')], reset: true },
      'default',
    );
    s = applyReport(s, report('t2'));
    expect(s.transcript).toEqual([]);
    expect(s.risk.turns).toEqual([]);
    s = applyDelta(s, { conversationKey: 't2', upserts: [msg('x', 'Hello there')], reset: true }, 'default');
    expect(s.transcript.map((m) => m.key)).toEqual(['x']);
  });

  test('an edited message replaces its text and is analysed again', () => {
    let s = applyDelta(
      newTabSession(1),
      { conversationKey: 'c', upserts: [msg('a', 'Thanks!')], reset: true },
      'default',
    );
    s = applyDelta(
      s,
      { conversationKey: 'c', upserts: [msg('a', 'This is absolutely ridiculous!!!')], reset: false },
      'default',
    );
    expect(s.transcript).toHaveLength(1);
    expect(s.messageCount).toBe(1);
    expect(s.risk.turns.at(-1)?.analysis.signals.length).toBeGreaterThan(0);
  });

  test('the kept transcript is bounded', () => {
    const upserts = Array.from({ length: MAX_TRANSCRIPT + 50 }, (_, i) => msg(`k${i}`, `message ${i}`));
    const s = applyDelta(newTabSession(1), { conversationKey: 'c', upserts, reset: true }, 'default');
    expect(s.transcript).toHaveLength(MAX_TRANSCRIPT);
    expect(s.messageCount).toBe(MAX_TRANSCRIPT + 50);
  });

  test('dismissing a rule lowers the risk it caused', () => {
    const s = applyDelta(
      newTabSession(1),
      { conversationKey: 'c', upserts: [msg('a', 'This is absolutely ridiculous')], reset: true },
      'default',
    );
    const rule = s.risk.turns[0]?.analysis.signals[0]?.spans[0]?.rule as string;
    expect(rule).toBeTruthy();
    const after = dismissRule(s, rule, 'default');
    expect(after.dismissedRules).toEqual([rule]);
    expect(after.risk.score).toBeLessThan(s.risk.score);
  });

  describe('back to a conversation shown before (resumeConversation)', () => {
    const lines = [
      'Where is my parcel?',
      'Still not here.',
      'This is the third time!!',
      'Order 5521, Monday.',
    ];
    const history = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        msg(`m${i}`, `${lines[i % 4]} (${i})`, i % 3 === 2 ? 'agent' : 'customer'),
      );
    /** Conversation t1 read in one go, then the tab moved on to t2 (whose report is `current`). */
    function leftFor(n: number): { previous: TabSession; current: TabSession } {
      let previous = applyReport(newTabSession(3), report('t1'));
      previous = applyDelta(previous, { conversationKey: 't1', upserts: history(n), reset: true }, 'default');
      previous = dismissRule(previous, 'third-time', 'default'); // a rule name, dismissed by the agent
      return { previous, current: applyReport(previous, report('t2')) };
    }

    test('the re-sent messages hold the kept transcript: only the new ones are added, the rest is kept', () => {
      for (const n of [10, MAX_TRANSCRIPT + 60]) {
        const { previous, current } = leftFor(n);
        const resent = [...history(n), msg('new', 'Hello?? Anyone?')];
        const resumed = resumeConversation(
          previous,
          current,
          { conversationKey: 't1', upserts: resent, reset: true },
          'default',
        );
        const continued = applyDelta(
          previous,
          { conversationKey: 't1', upserts: [msg('new', 'Hello?? Anyone?')], reset: false },
          'default',
        );
        expect(resumed).toEqual(continued);
        expect(resumed?.messageCount).toBe(n + 1);
        expect(resumed?.dismissedRules).toEqual(previous.dismissedRules);
      }
    });

    test('re-sent messages that do not hold it at the same place, or another conversation: null', () => {
      const { previous, current } = leftFor(MAX_TRANSCRIPT + 60);
      const resend = (upserts: ChatMessage[], conversationKey = 't1') =>
        resumeConversation(previous, current, { conversationKey, upserts, reset: true }, 'default');
      expect(resend(history(MAX_TRANSCRIPT + 60).slice(1))).toBeNull(); // one message fewer before the window
      expect(resend(history(MAX_TRANSCRIPT + 60).reverse())).toBeNull();
      expect(resend(history(MAX_TRANSCRIPT + 60), 't2')).toBeNull();
      expect(resend([])).toBeNull();
    });
  });
});
