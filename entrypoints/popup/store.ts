/**
 * The popup's store (conventions C9): the current site's standing and the agent's settings.
 * Settings go through lib/storage/settings (the single source of truth, C8); the per-site switch goes through the
 * background, which also registers the content script for a helpdesk that is not built in.
 * `requestPermission` and `openSidePanel` must run inside the click (user gesture): the actions call them first.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SuggestionKind } from '../../lib/chat';
import type { PoiseClient } from '../../lib/messaging/client';
import type { SiteStatus } from '../../lib/messaging/protocol';
import type { SettingsAccess } from '../../lib/storage/settings';
import {
  withAgentName,
  withCustomSelectors,
  withKindShown,
  withSensitivity,
} from '../../lib/storage/settings-edits';
import type { CustomSelectors, Settings } from '../../lib/storage/settings-schema';

export interface PopupDeps {
  client: PoiseClient;
  tabId: number | null;
  settings: SettingsAccess;
  /** Ask for host access to `origin` (browser.permissions.request). Must be the first call in the click. */
  requestPermission(origin: string): Promise<boolean>;
  /** Open the side panel for the tab (chrome.sidePanel.open). Must be the first call in the click. */
  openSidePanel(tabId: number): Promise<void>;
}

export interface PopupState {
  tabId: number | null;
  site: SiteStatus | null;
  settings: Settings | null;
  /** What readSettings repaired, shown so the agent knows a setting fell back to its default. */
  problems: string[];
  error: string | null;
  busy: boolean;
  load(): Promise<void>;
  setEnabled(enabled: boolean): Promise<void>;
  enableOnThisSite(): Promise<void>;
  openPanel(): Promise<void>;
  change(edit: (s: Settings) => Settings): Promise<void>;
  setSensitivity(value: Settings['sensitivity']): Promise<void>;
  toggleKind(kind: SuggestionKind, shown: boolean): Promise<void>;
  setAgentName(name: string): Promise<void>;
  setCustomSelectors(selectors: CustomSelectors): Promise<void>;
}

export type PopupStore = StoreApi<PopupState>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createPopupStore(deps: PopupDeps): PopupStore {
  const { client, tabId } = deps;
  return createStore<PopupState>()((set, get) => ({
    tabId,
    site: null,
    settings: null,
    problems: [],
    error: null,
    busy: false,

    async load() {
      const [validated, site] = await Promise.all([
        deps.settings.read(),
        tabId === null ? Promise.resolve(null) : client.siteStatus(tabId).catch(() => null),
      ]);
      set({ settings: validated.settings, problems: validated.problems, site });
    },

    async setEnabled(enabled) {
      const origin = get().site?.origin;
      if (tabId === null || !origin) return;
      set({ busy: true, error: null });
      try {
        set({ site: await client.setSiteEnabled(tabId, origin, enabled) });
      } catch (error) {
        set({ error: `Could not switch Poise ${enabled ? 'on' : 'off'} here: ${message(error)}` });
      } finally {
        set({ busy: false });
      }
    },

    async enableOnThisSite() {
      const origin = get().site?.origin;
      if (tabId === null || !origin) return;
      // First call, still inside the click: the permission prompt needs the user gesture.
      const granted = await deps.requestPermission(origin).catch(() => false);
      if (!granted) {
        set({ error: 'Poise needs access to this site to read the chat. Nothing was changed.' });
        return;
      }
      await get().setEnabled(true);
    },

    async openPanel() {
      if (tabId === null) return;
      try {
        await deps.openSidePanel(tabId);
      } catch (error) {
        set({ error: `The side panel did not open: ${message(error)}` });
      }
    },

    async change(edit) {
      const result = await deps.settings.update(edit);
      if (result.ok) set({ settings: result.settings, error: null });
      else set({ error: result.error });
    },

    setSensitivity: (sensitivity) => get().change((s) => withSensitivity(s, sensitivity)),

    toggleKind: (kind, shown) => get().change((s) => withKindShown(s, kind, shown)),

    setAgentName: (agentName) => get().change((s) => withAgentName(s, agentName)),

    async setCustomSelectors(selectors) {
      const origin = get().site?.origin;
      if (!origin) return;
      await get().change((s) => withCustomSelectors(s, origin, selectors));
    },
  }));
}
