/**
 * The site-adapter contract (helpdesk-dom.md §4.1, conventions C2/C3/C5). Every reader is a pure function of the DOM
 * it is given, so the same code runs in the content script and under happy-dom against committed fixtures.
 */
import type { ChatMessage, EditorKind } from '../chat';
import type { Facts } from '../suggest/facts';

/** Ordered selector fallbacks: the first one that matches wins and is reported by `health()`. */
export type Sel = readonly string[];

/** The reply box and the editor library behind it. */
export interface Composer {
  el: HTMLElement;
  kind: EditorKind;
}

/** The helpdesk's "customer is typing" indicator of the visible conversation. */
export interface TypingIndicator {
  /** The element to watch: a change in it (or its removal) may start or end the typing. */
  el: Element;
  /** It shows the customer typing now. */
  typing: boolean;
}

/**
 * Which selector (or heuristic) matched per part; null when nothing did. Besides the parts (conversation, log,
 * messages, composer), a sentence for the agent under a key of its own: `closedShadowRoot` (the chat is in a closed
 * shadow root: nothing can be read) or `earlierMessages` (Zendesk has not loaded the older comments).
 */
export type HealthMap = Record<string, string | null>;

/** `[selectorName, fixtureFile, expectedCount]`: one row of an adapter's expectations table (C3). */
export type Expectation = readonly [selector: string, fixture: string, count: number];

/**
 * A log as a fold over its items in page order (log-reader.ts). `start` returns a fresh step; the step reads one item
 * into `out` and keeps whatever later items need (the author a follow-up inherits, occurrence counts for keys).
 */
export interface LogFold {
  /** Selector of one item, or null for the log's own element children. Read again before each incremental read. */
  itemSelector(root: Element): string | null;
  start(): LogStep;
  /**
   * Called by the incremental reader before it reads `items`: a promise when they cannot be read yet without forcing
   * a layout in the content script's task (Intercom 2026 roles by the bubble's side: bubble-side.ts), null when they
   * can. The reader then reads nothing, keeps the records, and carries on once the promise settles.
   */
  prepare?(items: readonly Element[]): Promise<void> | null;
}

export interface LogStep {
  read(item: Element, out: ChatMessage[]): void;
  /** A copy of the step as it stands, so the reader can read the last item again when it changes. */
  fork(): LogStep;
}

/**
 * The reply box's internal-note mode (a note only the team sees). Poise writes a case summary there and never into
 * the public reply: the content script switches to it and checks `isNote` before it inserts anything.
 */
export interface NoteMode {
  /** The page offers a way to switch the reply box of the visible conversation to an internal note. */
  available(doc: Document, url?: URL): boolean;
  /** Ask the page to switch to the note; resolves whether it could ask (the caller checks `isNote` after). */
  switchToNote(doc: Document, url?: URL): boolean | Promise<boolean>;
  /** The reply box of the visible conversation is in note mode now. */
  isNote(doc: Document, url?: URL): boolean;
}

export interface SiteAdapter {
  /** Stable id, also the fixture folder name: `tests/fixtures/sites/<id>/`. */
  id: string;
  /** `high` for sites with known hooks; `low` for the generic heuristics (the panel tells the agent). */
  confidence: 'high' | 'low';
  /** Pure URL test (C5). */
  matches(url: URL): boolean;
  /** The page shows this adapter's UI (some of its hooks are present); picks between UI generations. */
  detect(doc: Document): boolean;
  /** Id of the conversation the agent SEES (never a hidden, still-mounted one). */
  conversationKey(doc: Document, url: URL): string | null;
  /** The message log of the visible conversation (the URL, when given, names the conversation on some sites). */
  logRoot(doc: Document, url?: URL): Element | null;
  /** How the log reads, item by item (so the content script can read only what was appended: log-reader.ts). */
  log: LogFold;
  /** Messages in page order (`readLog` over `log`). Never drops an unclassified message: role `unknown` instead. */
  readMessages(root: Element): ChatMessage[];
  customerName(doc: Document): string | undefined;
  /**
   * Facts the helpdesk shows in its own fields for the visible conversation (the requester's email in its side
   * panel, an order number in the subject): known without asking the customer. Empty when it shows none.
   */
  pageFacts(doc: Document, url?: URL): Facts;
  /** The typing indicator of the visible conversation; null when the page shows none this adapter knows. */
  typing(doc: Document, url?: URL): TypingIndicator | null;
  composer(doc: Document, url?: URL): Composer | null;
  health(doc: Document, url: URL): HealthMap;
  /** Attributes whose change means the visible conversation switched in place (MutationObserver attributeFilter). */
  switchAttributes: readonly string[];
  /** The internal-note mode, where the adapter knows how to switch to it; absent: Poise offers Copy only. */
  noteMode?: NoteMode;
}
