/**
 * What the runner's one MutationObserver watches (conventions C10: scoped, no polling), light DOM and open shadow
 * roots alike. Split from lib/content/runner.ts, which decides when to call it.
 *
 * Shadow DOM: an observer on the document does not see inside a shadow root, so the shadow root that holds a watched
 * log (Intercom 2026: `#teammate-app-react`) is observed for switch attributes too, and, while no log is found, every
 * open shadow root found so far (lib/sites/shadow.ts), so an app rendering into one is noticed.
 */
import { knownShadowRoots } from '../sites/shadow';
import type { Composer } from '../sites/types';
import type { WatchedLogs } from './watched-logs';

export interface PageWatch {
  doc: Document;
  /** The watched logs; `root` is the visible one (null: none found yet). */
  logs: WatchedLogs;
  root: Element | null;
  composer: Composer | null;
  /** The helpdesk's typing indicator of the visible conversation, when the adapter found one. */
  typing?: Element | null;
  /** Attributes whose change means the visible conversation switched. */
  switchAttributes: readonly string[];
}

/** Attributes by which a helpdesk may show or hide its typing indicator. */
const TYPING_ATTRIBUTES = ['hidden', 'aria-hidden', 'class', 'style'];

/** Point `observer` at what matters now, dropping what it watched before. */
export function observePage(observer: MutationObserver, w: PageWatch): void {
  const { doc, logs, root, composer } = w;
  observer.disconnect();
  const attributeFilter = [...new Set(w.switchAttributes)];
  // Conversation switches that move an attribute (Zendesk's active ticket) without touching the log; also inside
  // each shadow root that holds a watched log.
  observer.observe(doc.documentElement, { attributes: true, subtree: true, attributeFilter });
  for (const shadow of logs.shadowRoots()) {
    observer.observe(shadow, { attributes: true, subtree: true, attributeFilter });
  }
  // The visible log and the ones shown lately (kept in step, so going back to one reads only what changed).
  for (const logRoot of logs.roots()) {
    observer.observe(logRoot, { childList: true, subtree: true, characterData: true });
  }
  if (root) {
    // The log re-created by the app: its parent's children change.
    const parent = root.parentElement;
    if (parent && parent !== doc.documentElement) observer.observe(parent, { childList: true });
  } else if (doc.body) {
    // No log yet: a body-level trigger to find it once the app renders, in the page or in an open shadow root.
    observer.observe(doc.body, { childList: true, subtree: true });
    for (const shadow of knownShadowRoots(doc)) observer.observe(shadow, { childList: true, subtree: true });
  }
  // The typing indicator: shown and hidden by an attribute, its text, or its children (a few changes a minute).
  if (w.typing) {
    observer.observe(w.typing, {
      attributes: true,
      attributeFilter: TYPING_ATTRIBUTES,
      childList: true,
      subtree: true,
      characterData: true,
    });
  }
  if (composer && !root?.contains(composer.el)) {
    observer.observe(composer.el, { childList: true, subtree: true, characterData: true });
  }
}
