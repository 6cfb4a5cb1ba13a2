/**
 * Per tab, the timer that publishes the panel again when "let them finish" ends (a burst's seconds passed, or a
 * typing report went stale). A few seconds at most after a message from the tab, well inside the worker's idle
 * lifetime; a worker that stopped anyway loses it, and every state built afterwards reads the stored times against
 * the clock, so no stale cue outlives it.
 */
import { stillWritingEndsAt } from './panel-view';
import type { TabSession } from './tab-session';

export function createListenTimers(republish: (tabId: number) => Promise<unknown>) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  function forget(tabId: number): void {
    clearTimeout(timers.get(tabId));
    timers.delete(tabId);
  }
  return {
    forget,
    /** Publish `tabId` again when the cue this session shows ends; replaces the tab's earlier timer. */
    schedule(tabId: number, session: TabSession): void {
      forget(tabId);
      const ends = stillWritingEndsAt(session, Date.now());
      if (ends === null) return;
      const timer = setTimeout(
        () => {
          timers.delete(tabId);
          void republish(tabId);
        },
        Math.max(0, ends - Date.now()) + 50,
      );
      timers.set(tabId, timer);
    },
  };
}
