/**
 * Per-tab conversation state in `storage.session`: it survives a service-worker restart and is cleared when the
 * browser closes. Content scripts cannot read it (session storage stays in trusted contexts by default).
 * Writes are serialised per tab so a burst of deltas cannot interleave read-modify-write cycles.
 *
 * Every tab shares the session quota. A write refused for quota evicts other tabs' sessions, the least recently
 * written first (those this worker never wrote count as oldest), and tries again; a tab that still cannot be stored
 * gets a `SessionStorageFull` error, which the background shows in that tab's panel instead of going quiet.
 */
import { storage } from 'wxt/utils/storage';
import type { TabSession } from '../background/tab-session';

export interface TabSessionStore {
  /** A tab's session; a damaged value reads as none (the content script re-sends the transcript). */
  load(tabId: number): Promise<TabSession | undefined>;
  /**
   * Run `change` on a tab's session and store the result; calls for one tab run one after another. `beforeWrite`
   * sees the result first: storing a session of a few hundred KB takes tens of milliseconds, and the side panel need
   * not wait for it (if the write then fails, the next change starts again from what storage kept).
   */
  update(
    tabId: number,
    change: (current: TabSession | undefined) => TabSession | Promise<TabSession>,
    beforeWrite?: (updated: TabSession) => Promise<void>,
  ): Promise<TabSession>;
  remove(tabId: number): Promise<void>;
}

/** Session storage is full even after evicting every other tab's conversation. */
export class SessionStorageFull extends Error {
  override name = 'SessionStorageFull';
}

const PREFIX = 'tab-';
const keyOf = (tabId: number) => `session:${PREFIX}${tabId}` as const;
const isQuotaError = (err: unknown) => /quota/i.test(String((err as Error)?.message ?? err));

function looksLikeSession(value: unknown, tabId: number): value is TabSession {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<TabSession>;
  return s.tabId === tabId && Array.isArray(s.transcript) && !!s.risk && Array.isArray(s.risk.turns);
}

/** One store per service worker (tests make their own: a new store is what a worker restart amounts to). */
export function createTabSessionStore(): TabSessionStore {
  const queues = new Map<number, Promise<unknown>>();
  /**
   * The last session written per tab, in write order (oldest first). The service worker is the only writer, so while
   * it lives this equals storage and saves a read of a few hundred KB per customer message.
   */
  const written = new Map<number, TabSession>();

  async function load(tabId: number): Promise<TabSession | undefined> {
    const cached = written.get(tabId);
    if (cached) return cached;
    const value = await storage.getItem<unknown>(keyOf(tabId));
    return looksLikeSession(value, tabId) ? value : undefined;
  }

  /** Other tabs' sessions in eviction order: never written by this worker first, then least recently written. */
  async function evictionOrder(tabId: number): Promise<number[]> {
    const all = await storage.snapshot('session').catch(() => ({}) as Record<string, unknown>);
    const stored = Object.keys(all)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => Number(k.slice(PREFIX.length)))
      .filter((id) => Number.isInteger(id) && id !== tabId);
    const known = [...written.keys()].filter((id) => id !== tabId);
    return [...stored.filter((id) => !written.has(id)), ...known.filter((id) => stored.includes(id))];
  }

  async function write(tabId: number, session: TabSession): Promise<void> {
    try {
      await storage.setItem(keyOf(tabId), session);
      return;
    } catch (err) {
      if (!isQuotaError(err)) throw err;
    }
    for (const victim of await evictionOrder(tabId)) {
      await remove(victim);
      try {
        await storage.setItem(keyOf(tabId), session);
        return;
      } catch (err) {
        if (!isQuotaError(err)) throw err;
      }
    }
    throw new SessionStorageFull('Session storage is full: this tab’s conversation could not be kept.');
  }

  function update(
    tabId: number,
    change: (current: TabSession | undefined) => TabSession | Promise<TabSession>,
    beforeWrite?: (updated: TabSession) => Promise<void>,
  ): Promise<TabSession> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const updated = await change(await load(tabId));
      await beforeWrite?.(updated);
      // Forget the cached copy first: if the write fails, the next read goes back to what storage kept. Storage that
      // is full is the exception: this worker's copy is then the only one, and the next change builds on it.
      written.delete(tabId);
      try {
        await write(tabId, updated);
      } catch (err) {
        if (err instanceof SessionStorageFull) written.set(tabId, updated);
        throw err;
      }
      written.set(tabId, updated);
      return updated;
    });
    const settled = next.catch(() => undefined);
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return next;
  }

  async function remove(tabId: number): Promise<void> {
    written.delete(tabId);
    await storage.removeItem(keyOf(tabId));
  }

  return { load, update, remove };
}
