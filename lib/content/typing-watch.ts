/**
 * The customer's typing indicator as the runner watches it: the element observed (the runner's one observer watches
 * it, observe-page.ts), whether it changed since the last read, and what was last reported, so a log read sends a
 * report only when what the indicator shows changed.
 */
import type { SiteAdapter } from '../sites/types';

export interface TypingWatchDeps {
  doc: Document;
  url: () => URL;
  current: () => { adapter: SiteAdapter; conversationKey: string | null };
  /** The indicator element changed (found, replaced or gone): observe the page again. */
  moved: () => void;
  /** What the indicator shows changed: send the page report again. */
  report: (url: URL) => void;
}

export interface TypingWatch {
  /** The indicator observed now, or null. */
  readonly el: Element | null;
  /** A mutation inside the indicator was seen: it is read on the next check. */
  noteChange(): void;
  /** Whether the indicator needs reading: it changed, or the page removed it. */
  due(): boolean;
  /** Read the indicator again, observe it anew when the page replaced it, and report a change of what it shows. */
  check(): void;
  /** The runner looked for everything again and found this indicator (or none). */
  reset(el: Element | null): void;
  /** The report just built says this about typing. */
  reported(typing: boolean | undefined): void;
}

export function createTypingWatch(deps: TypingWatchDeps): TypingWatch {
  let el: Element | null = null;
  let changed = false;
  let lastTyping: boolean | undefined;
  return {
    get el() {
      return el;
    },
    noteChange: () => {
      changed = true;
    },
    due: () => changed || (el !== null && !el.isConnected),
    check() {
      changed = false;
      const url = deps.url();
      const { adapter, conversationKey } = deps.current();
      const found = conversationKey ? adapter.typing(deps.doc, url) : null;
      if ((found?.el ?? null) !== el) {
        el = found?.el ?? null;
        deps.moved();
      }
      if (found?.typing !== lastTyping) deps.report(url);
    },
    reset(next) {
      el = next;
      changed = false;
    },
    reported(typing) {
      lastTyping = typing;
    },
  };
}
