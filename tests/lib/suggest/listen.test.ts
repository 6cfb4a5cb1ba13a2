import { describe, expect, test } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import {
  BURST_WINDOW_MS,
  stillWriting,
  stillWritingUntil,
  TYPING_STALE_MS,
} from '../../../lib/suggest/listen';

const NOW = 1_000_000;
const msg = (key: string, role: ChatMessage['role'], text = 'and another thing'): ChatMessage => ({
  key,
  role,
  text,
});
const threeInARow = [
  msg('a1', 'agent', 'Hi'),
  msg('c1', 'customer'),
  msg('c2', 'customer'),
  msg('c3', 'customer'),
];
/** The three customer messages arrived `ago` ms before NOW, one second apart. */
const arrivedAgo = (ago: number) =>
  ['c1', 'c2', 'c3'].map((key, i) => ({ key, at: NOW - ago - (2 - i) * 1000 }));

describe('let them finish: only while the customer is really writing', () => {
  test('the page shows the customer typing: shown, even with nothing new in the chat', () => {
    const l = { transcript: [msg('a1', 'agent', 'Hi')], typingSince: NOW - 2000, now: NOW };
    expect(stillWriting(l)).toBe(true);
  });

  test('a burst received within the window: shown until the window ends', () => {
    const l = { transcript: threeInARow, arrivals: arrivedAgo(3000), now: NOW };
    expect(stillWriting(l)).toBe(true);
    expect(stillWritingUntil(l)).toBe(NOW - 3000 + BURST_WINDOW_MS);
  });

  test('a burst older than the window: not shown', () => {
    const l = { transcript: threeInARow, arrivals: arrivedAgo(BURST_WINDOW_MS + 1), now: NOW };
    expect(stillWriting(l)).toBe(false);
  });

  test('three messages in a row with no typing and no recent arrival (the history a ticket opens with): not shown', () => {
    expect(stillWriting({ transcript: threeInARow, now: NOW })).toBe(false);
    expect(stillWriting({ transcript: threeInARow, typingSince: null, arrivals: [], now: NOW })).toBe(false);
  });

  test('one live message after two from the history is not a burst', () => {
    const l = { transcript: threeInARow, arrivals: [{ key: 'c3', at: NOW - 1000 }], now: NOW };
    expect(stillWriting(l)).toBe(false);
  });

  test('the agent answered the burst: not shown', () => {
    const l = {
      transcript: [...threeInARow, msg('a2', 'agent', 'Thanks')],
      arrivals: arrivedAgo(1000),
      now: NOW,
    };
    expect(stillWriting(l)).toBe(false);
  });

  test('a typing report nobody took back for minutes goes stale', () => {
    const l = { transcript: [], typingSince: NOW - TYPING_STALE_MS - 1, now: NOW };
    expect(stillWriting(l)).toBe(false);
  });
});
