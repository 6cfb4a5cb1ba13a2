/**
 * The one place Poise's code knows which browser it was built for. Chrome and Edge share one package;
 * Firefox gets its own. WXT sets `import.meta.env.BROWSER` at build time, so the bundler folds every branch below to
 * one side: the Chrome/Edge package carries no Firefox code and the Firefox package no Chrome side panel code
 * (tests/lib/browser-surface.test.ts checks the choice, tests/e2e/firefox.e2e.test.ts the built bundles).
 */
import { browser } from 'wxt/browser';

/** The package being built: `chrome` (also Edge) or `firefox`. */
export type BrowserTarget = 'chrome' | 'firefox';

/** Decided once, at build time. */
export const TARGET: BrowserTarget = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/** What the agent calls the panel in this browser, for buttons and hints. */
export const PANEL_NAME = TARGET === 'firefox' ? 'sidebar' : 'side panel';

/** What Firefox's sidebar API looks like; @wxt-dev/browser's types are Chrome's and do not declare it. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Open Poise's panel for a tab: Chrome's side panel, or Firefox's sidebar (one per window; the panel page follows the
 * window's active tab either way). Call it first thing in a click or shortcut handler: both browsers honour only a
 * live user gesture, and an await before it loses the gesture.
 */
export function openPanel(tabId: number): Promise<void> {
  if (TARGET === 'firefox') {
    return (browser as unknown as { sidebarAction: SidebarAction }).sidebarAction.open();
  }
  return browser.sidePanel.open({ tabId });
}

/**
 * The host-permission and match pattern for exactly one origin. Chrome's match patterns take a port, and a grant for
 * `http://helpdesk.local:8080` must not also cover every other port of that host, so Chrome's keeps it. Firefox
 * rejects a pattern with a port (permissions.request throws "Invalid host permission"), so there the pattern covers the
 * host on any port: the narrowest it accepts.
 */
export function originPattern(origin: string, target: BrowserTarget = TARGET): string {
  const u = new URL(origin);
  return `${u.protocol}//${target === 'firefox' ? u.hostname : u.host}/*`;
}
