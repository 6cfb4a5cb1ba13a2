import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newTabSession } from '../../../lib/background/tab-session';
import { forgetCachedSessions, loadTabSession, updateTabSession } from '../../../lib/storage/tab-sessions';

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedSessions();
});

test('a session written is read back, also by a restarted worker that has no copy of its own', async () => {
  await updateTabSession(3, () => ({ ...newTabSession(3), draft: 'hello' }));
  expect((await loadTabSession(3))?.draft).toBe('hello');
  forgetCachedSessions(); // what a worker restart amounts to
  expect((await loadTabSession(3))?.draft).toBe('hello');
});

test('a failed write keeps what was stored before, in the copy as in storage', async () => {
  await updateTabSession(3, () => ({ ...newTabSession(3), draft: 'kept' }));
  vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  await expect(updateTabSession(3, (s) => ({ ...(s ?? newTabSession(3)), draft: 'lost' }))).rejects.toThrow();
  expect((await loadTabSession(3))?.draft).toBe('kept');
});

test('updates to one tab run one after another', async () => {
  await Promise.all(
    Array.from({ length: 20 }, () =>
      updateTabSession(4, (s) => ({ ...(s ?? newTabSession(4)), messageCount: (s?.messageCount ?? 0) + 1 })),
    ),
  );
  expect((await loadTabSession(4))?.messageCount).toBe(20);
});
