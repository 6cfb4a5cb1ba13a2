/**
 * Per-tab conversation state in `storage.session`: it survives a service-worker restart and is cleared when the
 * browser closes. Content scripts cannot read it (session storage stays in trusted contexts by default).
 * Writes are serialised per tab so a burst of deltas cannot interleave read-modify-write cycles.
 */
import { storage } from 'wxt/utils/storage';
import type { TabSession } from '../background/tab-session';

const keyOf = (tabId: number) => `session:tab-${tabId}` as const;
const queues = new Map<number, Promise<unknown>>();
/**
 * The last session written per tab. The service worker is the only writer, so while it lives this equals storage and
 * saves a read of a few hundred KB per customer message; a restarted worker starts empty and reads storage again.
 */
const written = new Map<number, TabSession>();

function looksLikeSession(value: unknown, tabId: number): value is TabSession {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<TabSession>;
  return s.tabId === tabId && Array.isArray(s.transcript) && !!s.risk && Array.isArray(s.risk.turns);
}

/** Read a tab's session; a damaged value reads as none (the content script re-sends the transcript). */
export async function loadTabSession(tabId: number): Promise<TabSession | undefined> {
  const cached = written.get(tabId);
  if (cached) return cached;
  const value = await storage.getItem<unknown>(keyOf(tabId));
  return looksLikeSession(value, tabId) ? value : undefined;
}

/**
 * Run `change` on a tab's session and store the result; calls for one tab run one after another. `beforeWrite` sees the
 * result first: storing a session of a few hundred KB takes tens of milliseconds, and the side panel need not wait
 * for it (if the write then fails, the next change starts again from what storage kept).
 */
export function updateTabSession(
  tabId: number,
  change: (current: TabSession | undefined) => TabSession | Promise<TabSession>,
  beforeWrite?: (updated: TabSession) => Promise<void>,
): Promise<TabSession> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(async () => {
    const updated = await change(await loadTabSession(tabId));
    await beforeWrite?.(updated);
    // Forget the cached copy first: if the write fails, the next read goes back to what storage kept.
    written.delete(tabId);
    await storage.setItem(keyOf(tabId), updated);
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

/** Drop the worker's copies, when storage.session was cleared behind its back (tests reset the fake browser). */
export function forgetCachedSessions(): void {
  written.clear();
}

export async function removeTabSession(tabId: number): Promise<void> {
  written.delete(tabId);
  await storage.removeItem(keyOf(tabId));
}
