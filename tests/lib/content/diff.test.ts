import { expect, test } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import { createTranscriptDiff } from '../../../lib/content/diff';

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
