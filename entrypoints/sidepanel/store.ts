/**
 * The side panel's one store (conventions C9): created per panel by a factory so tests inject a fake client.
 * It mirrors the background's PanelState for the bound tab and keeps only what the panel itself owns:
 * the insert mode, placeholder values typed in cards, errors to show, the case summary and the review record.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { saveCapture } from '../../lib/capture/save-file';
import type { PageCapture } from '../../lib/capture/serialize';
import type { PoiseClient } from '../../lib/messaging/client';
import { emptyPanelState, type PanelState } from '../../lib/messaging/panel-state';
import type { InsertMode, InsertResult } from '../../lib/messaging/protocol';
import { fillTemplate, placeholderLabel, unfilled } from '../../lib/playbook/template';
import type { Suggestion } from '../../lib/suggest/types';
import { OWN_WORDS } from '../../lib/ui/review';
import { levelAnnouncement } from '../../lib/ui/risk-display';
import { NO_CARDS } from '../../lib/ui/stable-list';
import { type CardsSlice, createCardsSlice } from './cards-slice';
import { createReviewSlice, type HistoryApi, type ReviewSlice } from './review-slice';

export interface SidepanelDeps {
  client: PoiseClient;
  tabId: number | null;
  insertMode?: InsertMode;
  clipboard?: (text: string) => Promise<void>;
  history?: HistoryApi;
  now?: () => number;
  /** Where a page capture goes: a local file download by default (lib/capture/save-file.ts). */
  saveFile?: (capture: PageCapture) => void;
}

export interface SidepanelState extends ReviewSlice, CardsSlice {
  tabId: number | null;
  /** Null until the first state for the bound tab arrives. */
  panel: PanelState | null;
  insertMode: InsertMode;
  /** Placeholder values typed in cards, by phrase id then placeholder name. */
  fills: Record<string, Record<string, string>>;
  /** Suggestions whose words from the customer the agent has checked, by phrase id. */
  confirmed: Record<string, boolean>;
  /** The last failed insert or copy; `target` is the phrase id, `coach`, `summary` or null. */
  error: { target: string | null; reason: string } | null;
  /** What was copied last (phrase id, `summary`, `coach`), for a short "Copied" confirmation. */
  copied: string | null;
  summary: { status: 'idle' | 'loading' | 'ready' | 'error'; text: string };
  /** "Save this page's structure" for a bug report: its progress, and the file name or the error. */
  pageCapture: { status: 'idle' | 'saving' | 'saved' | 'error'; text: string };
  /** Text for the ARIA live region: the level and the score as shown, when either changes. */
  announcement: string;

  bind(tabId: number | null): Promise<void>;
  receive(state: PanelState): void;
  /** Ask the background again for the bound tab's state (e.g. after the tab navigated). */
  refresh(): Promise<void>;
  setInsertMode(mode: InsertMode): void;
  setFill(phraseId: string, name: string, value: string): void;
  confirmCustomerWords(phraseId: string, checked: boolean): void;
  insertSuggestion(suggestion: Suggestion): Promise<boolean>;
  /** Insert any text (coach rewrite, summary); `target` names where an error is shown. */
  insertText(text: string, mode: InsertMode, target: string, phraseId?: string): Promise<boolean>;
  /** The case summary into the helpdesk's internal note only (the content script switches and checks first). */
  insertNote(text: string): Promise<boolean>;
  copy(text: string, target: string): Promise<boolean>;
  dismissFlag(rule: string): Promise<void>;
  loadSummary(): Promise<void>;
  savePageStructure(): Promise<void>;
  dispose(): void;
}

export type SidepanelStore = StoreApi<SidepanelState>;

const defaultClipboard = (text: string) => navigator.clipboard.writeText(text);

/** Create the side panel store for one panel; call `bind` (done here for `deps.tabId`) to follow a tab. */
export function createSidepanelStore(deps: SidepanelDeps): SidepanelStore {
  const { client } = deps;
  const clipboard = deps.clipboard ?? defaultClipboard;
  let unsubscribe: (() => void) | null = null;
  let bindSeq = 0;

  const store = createStore<SidepanelState>()((set, get) => ({
    ...createReviewSlice(set, get, { history: deps.history, now: deps.now ?? Date.now }),
    ...createCardsSlice(set, get),
    tabId: null,
    panel: null,
    insertMode: deps.insertMode ?? 'caret',
    fills: {},
    confirmed: {},
    error: null,
    copied: null,
    summary: { status: 'idle', text: '' },
    pageCapture: { status: 'idle', text: '' },
    announcement: '',

    async bind(tabId) {
      const seq = ++bindSeq;
      unsubscribe?.();
      unsubscribe = null;
      set({
        tabId,
        panel: null,
        error: null,
        copied: null,
        summary: { status: 'idle', text: '' },
        pageCapture: { status: 'idle', text: '' },
        list: NO_CARDS,
        moreShown: false,
      });
      if (tabId === null) return;
      let pushed = false;
      unsubscribe = client.onPanelState(tabId, (state) => {
        pushed = true;
        get().receive(state);
      });
      try {
        const state = await client.getPanelState(tabId);
        if (seq === bindSeq && !pushed) get().receive(state);
      } catch {
        // No background answer (e.g. the worker is starting): show the tab as having no Poise content yet.
        if (seq === bindSeq && !pushed) set({ panel: emptyPanelState(tabId) });
      }
    },

    receive(state) {
      const { tabId, panel } = get();
      if (state.tabId !== tabId) return;
      // The level and score as the meter shows them, said when either changes (the first level read too), so what is
      // heard is never an older score than what is seen; nothing over a conversation not read yet, which has none.
      const now = state.reading ? levelAnnouncement(state.risk.level, state.risk.score) : '';
      const before = panel?.reading ? levelAnnouncement(panel.risk.level, panel.risk.score) : '';
      set({ panel: state, ...(panel !== null && now !== before ? { announcement: now } : {}) });
      get().receiveCards(state);
      get().track(state);
    },

    async refresh() {
      const { tabId } = get();
      if (tabId === null) return;
      try {
        get().receive(await client.getPanelState(tabId));
      } catch {
        // The next push brings it.
      }
    },

    setInsertMode: (insertMode) => set({ insertMode }),

    setFill(phraseId, name, value) {
      const fills = get().fills;
      set({ fills: { ...fills, [phraseId]: { ...fills[phraseId], [name]: value } } });
    },

    confirmCustomerWords(phraseId, checked) {
      set({ confirmed: { ...get().confirmed, [phraseId]: checked } });
    },

    async insertSuggestion(suggestion) {
      const values = get().fills[suggestion.phraseId] ?? {};
      const missing = unfilled(suggestion.missing, values);
      if (missing.length > 0) {
        const reason = `Fill in ${missing.map(placeholderLabel).join(', ')} first.`;
        set({ error: { target: suggestion.phraseId, reason } });
        return false;
      }
      // Words the customer chose go into a reply only once the agent has checked them (number keys included).
      if (suggestion.fromCustomer.length > 0 && !get().confirmed[suggestion.phraseId]) {
        const reason = 'Check the marked words from the customer first.';
        set({ error: { target: suggestion.phraseId, reason } });
        return false;
      }
      // The one filler every path uses: the agent's typed values are sanitised like any other.
      const text = fillTemplate(suggestion.text, values).text;
      const ok = await get().insertText(text, get().insertMode, suggestion.phraseId, suggestion.phraseId);
      if (ok) {
        get().markCardUsed(suggestion.phraseId);
        get().recordReply({ phraseId: suggestion.phraseId, template: suggestion.template });
      }
      return ok;
    },

    async insertText(text, mode, target, phraseId) {
      const { tabId } = get();
      if (tabId === null) return false;
      let result: InsertResult;
      try {
        result = await client.insert(tabId, text, mode, phraseId);
      } catch (error) {
        result = { ok: false, reason: `Poise could not reach the tab (${String(error)}).` };
      }
      if (!result.ok) {
        set({ error: { target, reason: result.reason ?? 'The reply box did not take the text.' } });
        return false;
      }
      set({ error: null });
      // The review learns which replies the risk fell after (insertSuggestion records its phrase). The coach's
      // rewrite is the agent's own draft: recorded as such, its text not kept. A case summary is a note, not a reply.
      if (target === 'coach') get().recordReply(OWN_WORDS);
      return true;
    },

    async insertNote(text) {
      const { tabId } = get();
      if (tabId === null) return false;
      const result = await client.insertNote(tabId, text).catch(
        (error): InsertResult => ({
          ok: false,
          reason: `Poise could not reach the tab (${String(error)}).`,
        }),
      );
      set({
        error: result.ok
          ? null
          : { target: 'summary', reason: result.reason ?? 'The note did not take the text.' },
      });
      return result.ok;
    },

    async copy(text, target) {
      try {
        await clipboard(text);
        set({ copied: target, error: null });
        return true;
      } catch (error) {
        set({
          copied: null,
          error: { target, reason: `Copy failed (${String(error)}). Select the text instead.` },
        });
        return false;
      }
    },

    async dismissFlag(rule) {
      const { tabId } = get();
      if (tabId !== null) await client.dismissFlag(tabId, rule);
    },

    async loadSummary() {
      const { tabId } = get();
      if (tabId === null) return;
      set({ summary: { status: 'loading', text: '' } });
      try {
        set({ summary: { status: 'ready', text: await client.caseSummary(tabId) } });
      } catch (error) {
        set({ summary: { status: 'error', text: `No summary (${String(error)}).` } });
      }
    },

    async savePageStructure() {
      const { tabId } = get();
      if (tabId === null) return;
      set({ pageCapture: { status: 'saving', text: '' } });
      try {
        const capture = await client.capturePage(tabId);
        if (get().tabId !== tabId) return; // the panel moved to another tab meanwhile: that page was not asked for
        (deps.saveFile ?? saveCapture)(capture);
        set({ pageCapture: { status: 'saved', text: capture.fileName } });
      } catch (error) {
        if (get().tabId !== tabId) return;
        set({ pageCapture: { status: 'error', text: `The page could not be saved (${String(error)}).` } });
      }
    },

    dispose() {
      bindSeq++;
      unsubscribe?.();
      unsubscribe = null;
    },
  }));
  void store.getState().bind(deps.tabId);
  return store;
}
