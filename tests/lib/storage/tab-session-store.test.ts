import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newTabSession } from '../../../lib/background/tab-session';
import {
  createTabSessionStore,
  SessionStorageFull,
  type TabSessionStore,
} from '../../../lib/storage/tab-session-store';

let store: TabSessionStore;
beforeEach(() => {
  fakeBrowser.reset();
  store = createTabSessionStore();
});

test('a session written is read back, also by a restarted worker that has no copy of its own', async () => {
  await store.update(3, () => ({ ...newTabSession(3), draft: 'hello' }));
  expect((await store.load(3))?.draft).toBe('hello');
  store = createTabSessionStore(); // what a worker restart amounts to
  expect((await store.load(3))?.draft).toBe('hello');
});

test('a failed write keeps what was stored before, in the copy as in storage', async () => {
  await store.update(3, () => ({ ...newTabSession(3), draft: 'kept' }));
  vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('IO error: disk unavailable'));
  await expect(store.update(3, (s) => ({ ...(s ?? newTabSession(3)), draft: 'lost' }))).rejects.toThrow();
  expect((await store.load(3))?.draft).toBe('kept');
});

test('storage that is full even with no other tab to evict: the change is kept in memory and reported', async () => {
  await store.update(3, () => ({ ...newTabSession(3), draft: 'stored' }));
  vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(
    new Error('Session storage quota bytes exceeded. Values were not stored.'),
  );
  await expect(
    store.update(3, (s) => ({ ...(s ?? newTabSession(3)), draft: 'in memory' })),
  ).rejects.toBeInstanceOf(SessionStorageFull);
  expect((await store.load(3))?.draft).toBe('in memory');
});

test('updates to one tab run one after another', async () => {
  await Promise.all(
    Array.from({ length: 20 }, () =>
      store.update(4, (s) => ({ ...(s ?? newTabSession(4)), messageCount: (s?.messageCount ?? 0) + 1 })),
    ),
  );
  expect((await store.load(4))?.messageCount).toBe(20);
});

test('beforeWrite sees the new session while storage still holds the old one (the panel need not wait for it)', async () => {
  await store.update(5, () => ({ ...newTabSession(5), draft: 'old' }));
  let storedWhenTold: unknown;
  const updated = await store.update(
    5,
    (s) => ({ ...(s ?? newTabSession(5)), draft: 'new' }),
    async (s) => {
      expect(s.draft).toBe('new');
      storedWhenTold = (await fakeBrowser.storage.session.get('tab-5'))['tab-5'];
    },
  );
  expect((storedWhenTold as { draft?: string } | undefined)?.draft).toBe('old');
  expect(updated.draft).toBe('new');
  store = createTabSessionStore();
  expect((await store.load(5))?.draft).toBe('new');
});
