/** An in-memory PoiseClient for component and store tests: push states, inspect calls. */
import type { PoiseClient } from './client';
import { emptyPanelState, type PanelState } from './panel-state';
import type { InsertMode, InsertResult, SiteStatus } from './protocol';

export interface FakeClient extends PoiseClient {
  push(state: PanelState): void;
  calls: {
    insert: { tabId: number; text: string; mode: InsertMode; phraseId?: string | undefined }[];
    dismiss: string[];
  };
  insertResult: InsertResult;
  site: SiteStatus;
}

export function createFakeClient(initial?: Partial<PanelState>): FakeClient {
  let state: PanelState = { ...emptyPanelState(initial?.tabId ?? 1), ...initial };
  const listeners = new Set<(s: PanelState) => void>();
  const fake: FakeClient = {
    calls: { insert: [], dismiss: [] },
    insertResult: { ok: true, strategy: 'fake' },
    site: { origin: 'https://demo.zendesk.com', builtIn: true, enabled: true, permitted: true },
    push(next) {
      state = next;
      for (const l of listeners) l(next);
    },
    getPanelState: async () => state,
    onPanelState(_tabId, listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async insert(tabId, text, mode, phraseId) {
      fake.calls.insert.push({ tabId, text, mode, phraseId });
      return fake.insertResult;
    },
    async dismissFlag(_tabId, rule) {
      fake.calls.dismiss.push(rule);
    },
    caseSummary: async () => 'Summary',
    siteStatus: async () => fake.site,
    async setSiteEnabled(_tabId, _origin, enabled) {
      fake.site = { ...fake.site, enabled };
      return fake.site;
    },
  };
  return fake;
}
