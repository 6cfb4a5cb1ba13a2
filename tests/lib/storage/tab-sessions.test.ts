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

test('beforeWrite sees the new session while storage still holds the old one (the panel need not wait for it)', async () => {
  await updateTabSession(5, () => ({ ...newTabSession(5), draft: 'old' }));
  let storedWhenTold: unknown;
  const updated = await updateTabSession(
    5,
    (s) => ({ ...(s ?? newTabSession(5)), draft: 'new' }),
    async (s) => {
      expect(s.draft).toBe('new');
      storedWhenTold = (await fakeBrowser.storage.session.get('tab-5'))['tab-5'];
    },
  );
  expect((storedWhenTold as { draft?: string } | undefined)?.draft).toBe('old');
  expect(updated.draft).toBe('new');
  forgetCachedSessions();
  expect((await loadTabSession(5))?.draft).toBe('new');
});
