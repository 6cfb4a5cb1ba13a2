/**
 * The one message contract between Poise's contexts. Every message names its direction;
 * data and return types are checked on both ends through `@webext-core/messaging`.
 *
 * Contexts: content (helpdesk tab), background (service worker), panel (side panel), popup.
 * A message to "content (tabId)" is sent with `sendMessage(name, data, tabId)`.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCapture } from '../capture/serialize';
import type { ChatMessage, EditorKind } from '../chat';
import type { CustomSelectors } from '../storage/settings-schema';
import type { Facts } from '../suggest/facts';
import type { PanelState } from './panel-state';

/** What the content script could find on the page, so the panel can say what is missing. */
export interface PageHealth {
  conversation: boolean;
  messages: boolean;
  composer: boolean;
  /** The reply box can be switched to an internal note (the site adapter's note mode): absent when it cannot. */
  note?: boolean;
  /** The selector (or heuristic) that matched per part, for diagnostics. */
  matched?: Record<string, string | null>;
}

export interface PageReport {
  siteId: string;
  conversationKey: string | null;
  customerName?: string;
  /** Facts the helpdesk's own fields show (requester's email, order number in the subject). Page text: validated. */
  pageFacts?: Facts;
  /** The page shows the customer typing (the helpdesk's indicator); absent where the adapter reads none. */
  customerTyping?: boolean;
  editorKind?: EditorKind;
  health: PageHealth;
}

export interface TranscriptDelta {
  conversationKey: string;
  /** New or edited messages since the last delta, in page order. */
  upserts: ChatMessage[];
  /** True when this is the first delta for the conversation (the background starts it afresh). */
  reset: boolean;
}

export type InsertMode = 'caret' | 'replace';
/** Where inserted text goes: the public reply, or the internal note (switched to and checked first, else refused). */
export type InsertTarget = 'reply' | 'note';

export interface InsertResult {
  ok: boolean;
  /** Which strategy landed the text, e.g. `paste`, `native-setter`. */
  strategy?: string;
  /** Why it failed, in words for the agent, when `ok` is false. */
  reason?: string;
}

export interface ContentConfig {
  enabled: boolean;
  customSelectors?: CustomSelectors;
}

/**
 * The background's answer to what a content script sends. `keepReading: false` is the only way the background stops
 * a content script (the site was switched off, or its access withdrawn); a failed send is never one
 * (lib/content/lifetime.ts).
 */
export interface ContentAck {
  keepReading: boolean;
  reason?: string;
}

export interface SiteStatus {
  origin: string | null;
  /** Zendesk, Intercom or the demo helpdesk: no permission needed. */
  builtIn: boolean;
  /** The agent's per-site switch. */
  enabled: boolean;
  /** Poise holds host access for this origin. */
  permitted: boolean;
}

export interface ProtocolMap {
  /**
   * content → background: should Poise run on this page, and with which agent-given selectors? The background judges
   * the sender's own URL, never one the page could have chosen.
   */
  getContentConfig(): ContentConfig;
  /** content → background: what the adapter found on the page (sent on start, on change). */
  reportPage(report: PageReport): ContentAck;
  /** content → background: new or edited messages of the visible conversation. */
  syncTranscript(delta: TranscriptDelta): ContentAck;
  /** content → background: the agent's current draft (debounced), for the draft coach. */
  updateDraft(draft: { conversationKey: string; text: string }): ContentAck;

  /** background → content (tabId): put text into the reply box. Never sends it. */
  insertReply(req: { text: string; mode: InsertMode; target: InsertTarget }): InsertResult;
  /** background → content (tabId): is a Poise content script alive here, and on which conversation? */
  pingContent(): { siteId: string; conversationKey: string | null };
  /** background → content (tabId): copy text to the clipboard (keyboard command "copy top suggestion"). */
  copyText(req: { text: string }): boolean;
  /** background → content (tabId): the site was switched off; stop observing. */
  stopContent(): void;
  /**
   * panel/options → content (tabId), sent straight to the tab (the page can be large; the worker adds nothing): the
   * page's structure with every text and value that could be someone's words replaced (lib/capture), for a bug report.
   */
  capturePage(): PageCapture;

  /** panel → background: the current state for a tab (the panel then listens for `panelStateChanged`). */
  getPanelState(req: { tabId: number }): PanelState;
  /** panel/popup → background → content: insert a suggestion into the tab's reply box (`target` reply by default). */
  insertIntoTab(req: {
    tabId: number;
    text: string;
    mode: InsertMode;
    phraseId?: string;
    target?: InsertTarget;
  }): InsertResult;
  /** panel → background: the agent says a flag is wrong; lowers that rule's weight for this conversation. */
  dismissFlag(req: { tabId: number; rule: string }): void;
  /** panel → background: the internal-note summary of the tab's conversation. */
  getCaseSummary(req: { tabId: number }): string;

  /** background → panel (broadcast): a tab's state changed. */
  panelStateChanged(update: { tabId: number; state: PanelState }): void;

  /** popup → background: Poise's standing on a tab's site. */
  getSiteStatus(req: { tabId: number }): SiteStatus;
  /** popup → background: switch Poise on or off for an origin (after the popup obtained permission). */
  setSiteEnabled(req: { tabId: number; origin: string; enabled: boolean }): SiteStatus;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
