import { expect, test, vi } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import { createTranscriptDiff } from '../../../lib/content/diff';

const hashed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/sites/dom', async (original) => {
  const dom = await original<typeof import('../../../lib/sites/dom')>();
  return {
    ...dom,
    hashText: (s: string) => {
      hashed.count++;
      return dom.hashText(s);
    },
  };
});

const m = (key: string, text: string, role: ChatMessage['role'] = 'customer'): ChatMessage => ({
  key,
  role,
  text,
});

test('first read resets, then only new or changed messages, a new conversation resets again', () => {
  const diff = createTranscriptDiff();
  expect(diff.next('a', [m('1', 'hi')])).toEqual({
    conversationKey: 'a',
    upserts: [m('1', 'hi')],
    reset: true,
  });
  expect(diff.next('a', [m('1', 'hi')])).toBeNull();
  expect(diff.next('a', [m('1', 'hi!'), m('2', 'there')])?.upserts).toEqual([m('1', 'hi!'), m('2', 'there')]);
  expect(diff.next('a', [m('1', 'hi!', 'internal'), m('2', 'there')])?.upserts).toEqual([
    m('1', 'hi!', 'internal'),
  ]);
  expect(diff.next('b', [])).toEqual({ conversationKey: 'b', upserts: [], reset: true });
  expect(diff.next('a', [m('1', 'hi!')])?.reset).toBe(true);
  diff.reset();
  expect(diff.next('a', [m('1', 'hi!')])).toEqual({
    conversationKey: 'a',
    upserts: [m('1', 'hi!')],
    reset: true,
  });
});

test('a message object is hashed once, also across a switch away and back (the log reader keeps its objects)', () => {
  hashed.count = 0;
  const diff = createTranscriptDiff();
  const a = [m('1', 'hi'), m('2', 'there')];
  diff.next('a', a);
  diff.next('b', [m('x', 'other ticket')]);
  const back = diff.next('a', [...a, m('3', 'new')]);
  expect(back).toEqual({ conversationKey: 'a', upserts: [...a, m('3', 'new')], reset: true });
  expect(hashed.count).toBe(4);
});
