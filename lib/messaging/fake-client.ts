/** An in-memory PoiseClient for component and store tests: push states, inspect calls. */
import type { PageCapture } from '../capture/serialize';
import type { PoiseClient } from './client';
import { emptyPanelState, type PanelState } from './panel-state';
import type { InsertMode, InsertResult, SiteStatus } from './protocol';

export interface FakeClient extends PoiseClient {
  push(state: PanelState): void;
  calls: {
    insert: {
      tabId: number;
      text: string;
      mode: InsertMode;
      phraseId?: string | undefined;
      target?: 'note';
    }[];
    dismiss: string[];
    capture: number[];
  };
  insertResult: InsertResult;
  site: SiteStatus;
  /** What `capturePage` answers, or the error it throws (a tab without a content script). */
  capture: PageCapture | Error;
}

export function createFakeClient(initial?: Partial<PanelState>): FakeClient {
  let state: PanelState = { ...emptyPanelState(initial?.tabId ?? 1), ...initial };
  const listeners = new Set<(s: PanelState) => void>();
  const fake: FakeClient = {
    calls: { insert: [], dismiss: [], capture: [] },
    insertResult: { ok: true, strategy: 'fake' },
    site: { origin: 'https://demo.zendesk.com', builtIn: true, enabled: true, permitted: true },
    capture: { html: '<!DOCTYPE html><html></html>', fileName: 'poise-page-structure-page.html' },
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
    async insertNote(tabId, text) {
      fake.calls.insert.push({ tabId, text, mode: 'caret', target: 'note' });
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
    async capturePage(tabId) {
      fake.calls.capture.push(tabId);
      if (fake.capture instanceof Error) throw fake.capture;
      return fake.capture;
    },
  };
  return fake;
}
