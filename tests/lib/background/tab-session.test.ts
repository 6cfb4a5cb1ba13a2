import { describe, expect, test } from 'vitest';
import {
  applyDelta,
  applyReport,
  dismissRule,
  MAX_TRANSCRIPT,
  newTabSession,
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
});
