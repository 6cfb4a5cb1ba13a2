import { expect, test } from 'vitest';
import { createRecentConversations } from '../../../lib/background/recent-conversations';
import { newTabSession } from '../../../lib/background/tab-session';

const session = (tabId: number, conversationKey: string, messageCount = 1) => ({
  ...newTabSession(tabId),
  conversationKey,
  messageCount,
});

test('four conversations per tab, the least recently updated going first; a closed tab is forgotten', () => {
  const recent = createRecentConversations();
  for (const key of ['a', 'b', 'c', 'd']) recent.remember(session(1, key));
  recent.remember(session(1, 'a', 2)); // updated: now the most recent
  recent.remember(session(1, 'e'));
  expect(['a', 'b', 'c', 'd', 'e'].filter((k) => recent.get(1, k))).toEqual(['a', 'c', 'd', 'e']);
  expect(recent.get(1, 'a')?.messageCount).toBe(2);
  recent.remember(session(2, 'a'));
  recent.remember(session(2, 'empty', 0)); // nothing read yet: nothing to resume
  expect(recent.get(2, 'empty')).toBeUndefined();
  recent.forget(1);
  expect(recent.get(1, 'a')).toBeUndefined();
  expect(recent.get(2, 'a')).toBeDefined();
});
