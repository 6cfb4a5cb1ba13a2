/** What the background controller needs from the browser, injected so it can be tested (controller.ts). */
import type { PanelState } from '../messaging/panel-state';
import type { InsertMode, InsertResult, InsertTarget } from '../messaging/protocol';
import type { Phrase } from '../playbook';
import type { Settings } from '../storage/settings-schema';
import type { LearningDeps } from './dismissal-learning';
import type { TabSession } from './tab-session';

export interface BackgroundDeps {
  settings(): Promise<Settings>;
  saveSettings(change: (s: Settings) => Settings): Promise<{ ok: boolean; error?: string }>;
  playbook(): Promise<Phrase[]>;
  loadSession(tabId: number): Promise<TabSession | undefined>;
  /** Change a tab's session; `beforeWrite` runs on the result before it is stored. */
  updateSession(
    tabId: number,
    change: (s: TabSession | undefined) => TabSession,
    beforeWrite?: (s: TabSession) => Promise<void>,
  ): Promise<TabSession>;
  insertInTab(tabId: number, text: string, mode: InsertMode, target: InsertTarget): Promise<InsertResult>;
  stopInTab(tabId: number): Promise<void>;
  /** The tabs showing a page of this origin (to switch Poise off in every one of them, not only the active tab). */
  tabsOfOrigin(origin: string): Promise<number[]>;
  broadcast(tabId: number, state: PanelState): void;
  setBadge(tabId: number, text: string, color: string, title: string): void;
  tabUrl(tabId: number): Promise<string | undefined>;
  hasHostPermission(origin: string): Promise<boolean>;
  registerSite(origin: string): Promise<void>;
  /** Put text on the clipboard from the helpdesk tab (the worker has no clipboard of its own). */
  copyInTab(tabId: number, text: string): Promise<void>;
  /** Start the content script in a tab now (after enabling its site), instead of at its next reload. */
  injectInTab(tabId: number): Promise<void>;
  unregisterSite(origin: string): Promise<void>;
  /** Learning from the agent's dismissals; without it nothing is learned (tests that are not about it). */
  learning?: LearningDeps;
}
