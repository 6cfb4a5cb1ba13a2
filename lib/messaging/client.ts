/**
 * What the side panel and popup need from the rest of Poise, as one interface (conventions C7).
 * `createExtensionClient` talks to the background; tests use `createFakeClient`.
 */

import type { PageCapture } from '../capture/serialize';
import type { PanelState } from './panel-state';
import type { InsertMode, InsertResult, SiteStatus } from './protocol';
import { onMessage, sendMessage } from './protocol';

export interface PoiseClient {
  getPanelState(tabId: number): Promise<PanelState>;
  /** Calls back whenever the background pushes a new state for `tabId`. Returns an unsubscribe function. */
  onPanelState(tabId: number, listener: (state: PanelState) => void): () => void;
  insert(tabId: number, text: string, mode: InsertMode, phraseId?: string): Promise<InsertResult>;
  /** Into the tab's internal note only: refused (ok:false) when the reply box cannot be switched to one. */
  insertNote(tabId: number, text: string): Promise<InsertResult>;
  dismissFlag(tabId: number, rule: string): Promise<void>;
  caseSummary(tabId: number): Promise<string>;
  siteStatus(tabId: number): Promise<SiteStatus>;
  setSiteEnabled(tabId: number, origin: string, enabled: boolean): Promise<SiteStatus>;
  /** The tab's page structure, scrubbed by its content script (lib/capture), to save for a bug report. */
  capturePage(tabId: number): Promise<PageCapture>;
}

/** The real client, over runtime messaging. One per page: a context may hold one listener per message name. */
export function createExtensionClient(): PoiseClient {
  const listeners = new Set<{ tabId: number; listener: (state: PanelState) => void }>();
  onMessage('panelStateChanged', ({ data, sender }) => {
    // Only the background (no tab) pushes panel state.
    if (sender.tab) return;
    for (const entry of listeners) if (entry.tabId === data.tabId) entry.listener(data.state);
  });
  return {
    getPanelState: (tabId) => sendMessage('getPanelState', { tabId }),
    onPanelState(tabId, listener) {
      const entry = { tabId, listener };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    insert: (tabId, text, mode, phraseId) =>
      sendMessage('insertIntoTab', phraseId ? { tabId, text, mode, phraseId } : { tabId, text, mode }),
    insertNote: (tabId, text) => sendMessage('insertIntoTab', { tabId, text, mode: 'caret', target: 'note' }),
    dismissFlag: (tabId, rule) => sendMessage('dismissFlag', { tabId, rule }),
    caseSummary: (tabId) => sendMessage('getCaseSummary', { tabId }),
    siteStatus: (tabId) => sendMessage('getSiteStatus', { tabId }),
    setSiteEnabled: (tabId, origin, enabled) => sendMessage('setSiteEnabled', { tabId, origin, enabled }),
    capturePage: (tabId) => sendMessage('capturePage', undefined, tabId),
  };
}
