/** What the content-script runner needs from its entrypoint, and what it gives back (runner.ts). */
import type { insertText } from '../insert/index';
import type {
  InsertMode,
  InsertResult,
  InsertTarget,
  PageReport,
  TranscriptDelta,
} from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import type { CustomSelectors } from '../storage/settings-schema';

export interface RunnerSend {
  report(report: PageReport): void;
  sync(delta: TranscriptDelta): void;
  draft(draft: { conversationKey: string; text: string }): void;
}

export interface RunnerDeps {
  doc: Document;
  win: Window;
  url: () => URL;
  signal: AbortSignal;
  send: RunnerSend;
  /** The agent's selectors for this origin (generic adapter). */
  customSelectors?: CustomSelectors;
  /** Adapter choice; defaults to the registry with the generic fallback. */
  pick?: (url: URL, doc: Document, custom?: CustomSelectors) => SiteAdapter;
  /** Delay between a page change and the re-read (≤ 100 ms). */
  debounceMs?: number;
  draftDebounceMs?: number;
  /** Insertion, injectable for tests. */
  insert?: typeof insertText;
  /**
   * Subscribe to same-document URL changes (SPA navigation). WXT fires them only for listeners added through
   * `ctx.addEventListener(window, 'wxt:locationchange', …)`, which also starts its URL watcher; a plain window listener
   * never hears one. Ended by the entrypoint's context, like every `ctx` listener.
   */
  onLocationChange?: (listener: () => void) => void;
}

export interface RunnerStatus {
  siteId: string;
  conversationKey: string | null;
}

export interface Runner {
  stop(): void;
  /** Into the public reply, or (`note`) only once the reply box is switched to an internal note (insert/note.ts). */
  insert(text: string, mode: InsertMode, target?: InsertTarget): Promise<InsertResult>;
  status(): RunnerStatus;
}
