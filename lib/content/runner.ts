/**
 * The content-script runner (issue 4, conventions C10): picks the site adapter, watches the visible conversation with
 * ONE scoped MutationObserver, sends only new or edited messages, re-detects on conversation switches, reports what it
 * found, sends the agent's draft (debounced), and removes every listener, timer and observer when `signal` aborts.
 * Pure of `browser.*`: the entrypoint injects `send` and the abort signal.
 *
 * Two kinds of read, so a 5,000-message chat stays cheap: a change inside the log (a new message) reads only the log,
 * and only what was appended (lib/sites/log-reader.ts); any other change (a ticket switch, the log or reply box
 * re-created, an SPA navigation) looks for the adapter, conversation, log and reply box again and re-sends the report.
 *
 * Shadow DOM (issue 11): what the observer watches, shadow roots included, is lib/content/observe-page.ts.
 */

import { insertText } from '../insert/index';
import { insertAsNote } from '../insert/note';
import type {
  InsertMode,
  InsertResult,
  InsertTarget,
  PageReport,
  TranscriptDelta,
} from '../messaging/protocol';
import { pickAdapter } from '../sites/index';
import { forgetShadowWalk } from '../sites/shadow';
import type { Composer, SiteAdapter } from '../sites/types';
import type { CustomSelectors } from '../storage/settings-schema';
import { createTranscriptDiff } from './diff';
import { createDraftWatch } from './draft-watch';
import { observePage } from './observe-page';
import { buildReport } from './report';
import { createWatchedLogs } from './watched-logs';

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

/** Delay before reading a change that follows a quiet spell: one frame, so one render's mutations are read once. */
const QUIET_READ_MS = 16;

/** Attributes that mean "the visible conversation changed" on any site, besides the adapter's own. */
const SWITCH_ATTRIBUTES = ['data-is-active', 'hidden', 'aria-selected'];

/** Start reading the page; everything stops when `deps.signal` aborts or `stop()` is called. */
export function startRunner(deps: RunnerDeps): Runner {
  const { doc, win, send } = deps;
  const pick = deps.pick ?? pickAdapter;
  const debounceMs = Math.min(deps.debounceMs ?? 80, 100);
  const stopper = new AbortController();
  const signal = stopper.signal;
  if (deps.signal.aborted) stopper.abort();
  else deps.signal.addEventListener('abort', () => stopper.abort(), { once: true, signal });

  const diff = createTranscriptDiff();
  let adapter = pick(deps.url(), doc, deps.customSelectors);
  let conversationKey: string | null = null;
  let root: Element | null = null;
  let composer: Composer | null = null;
  /** The typing indicator watched, and whether it changed since the last read. */
  let typingEl: Element | null = null;
  let typingChanged = false;
  /** The typing state last reported, so a log read reports only a change of it. */
  let lastTyping: boolean | undefined;
  /** The visible log and the ones shown lately, each with its reader and the changes seen in it since. */
  const logs = createWatchedLogs();
  /** A change outside the log since the last read: the next read looks for everything again. */
  let pageChanged = true;
  let lastReport = '';
  /** The report may change with the log itself (a first message, a customer name read from the messages). */
  let reportFollowsLog = true;
  /** What a read in chunks found so far, sent when it is through. */
  let pendingSync: TranscriptDelta | null = null;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let lastScanAt = Number.NEGATIVE_INFINITY;
  const stopped = () => signal.aborted;
  const drafts = createDraftWatch({
    doc,
    signal,
    delayMs: deps.draftDebounceMs ?? 400,
    current: () => ({ conversationKey, composer }),
    send: (draft) => send.draft(draft),
  });
  const scheduleDraft = drafts.schedule;

  const Observer =
    (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    if (stopped()) return;
    const { page, draft } = sortRecords(records);
    if (page) scheduleScan();
    if (draft) scheduleDraft();
  });

  /** Files each record under the log, the reply box or the rest of the page. */
  function sortRecords(records: readonly MutationRecord[]): { page: boolean; draft: boolean } {
    let page = false;
    let draft = false;
    for (const r of records) {
      if (composer?.el.contains(r.target)) {
        draft = true;
        continue;
      }
      if (typingEl?.contains(r.target)) {
        typingChanged = true;
        page = true;
        continue;
      }
      const log = r.type === 'attributes' ? undefined : logs.logOf(r.target, root);
      if (log) {
        log.note(r);
        // A log the agent left (a ticket still mounted) is read when they come back to it.
        if (log.root === root) page = true;
      } else {
        pageChanged = true;
        page = true;
      }
    }
    return { page, draft };
  }

  function observe(): void {
    const switchAttributes = [...SWITCH_ATTRIBUTES, ...adapter.switchAttributes];
    observePage(observer, { doc, logs, root, composer, typing: typingEl, switchAttributes });
  }

  function scan(): void {
    scanTimer = undefined;
    if (stopped()) return;
    lastScanAt = performance.now();
    sortRecords(observer.takeRecords());
    const whole = pageChanged || !root?.isConnected || (composer !== null && !composer.el.isConnected);
    pageChanged = false;
    if (whole) scanPage();
    else readLogOnly();
  }

  /**
   * Read the typing indicator again (it changed, or the log did and may hold it) and report when what it shows
   * changed; watch it anew when the page replaced it.
   */
  function checkTyping(): void {
    typingChanged = false;
    const url = deps.url();
    const found = conversationKey ? adapter.typing(doc, url) : null;
    if ((found?.el ?? null) !== typingEl) {
      typingEl = found?.el ?? null;
      observe();
    }
    if (found?.typing !== lastTyping) sendReport(url);
  }

  /**
   * Read the visible log from the changes seen in it since its last read, and send what is new. A long log is read
   * in chunks, each in a task of its own; what they find travels once, when the read is through (one delta for the
   * background to analyse and store, not dozens). Answers whether something new was found.
   */
  function syncLog(conversation: string): boolean {
    const log = root ? logs.use(root, adapter.log) : null;
    // A read put off until the page lays out the new messages (Intercom 2026 roles by the bubble's side) carries on
    // by itself; its records stay with the log meanwhile.
    if (log?.reader.waiting) return false;
    const read = log ? log.reader.read(log.take()) : [];
    if (log?.reader.waiting) {
      log.reader.waiting.then(() => {
        if (!stopped() && scanTimer === undefined) scanTimer = setTimeout(scan, 0);
      });
      return false;
    }
    const delta = diff.next(conversation, read);
    if (delta) {
      if (pendingSync?.conversationKey === delta.conversationKey && !delta.reset) {
        pendingSync.upserts = pendingSync.upserts.concat(delta.upserts);
      } else {
        if (pendingSync) send.sync(pendingSync);
        pendingSync = delta;
      }
    }
    if (log?.reader.unfinished) {
      if (scanTimer === undefined) scanTimer = setTimeout(scan, 0);
    } else if (pendingSync) {
      send.sync(pendingSync);
      pendingSync = null;
    }
    return delta !== null;
  }

  /** Only the log changed: read what it appended, and the report only when it may follow the log. */
  function readLogOnly(): void {
    const read = conversationKey ? syncLog(conversationKey) : false;
    if (read && reportFollowsLog) sendReport(deps.url());
    // A typing bubble may come and go with the log's own children; a message read often ends the typing.
    if (typingChanged || read || (typingEl && !typingEl.isConnected)) checkTyping();
  }

  function sendReport(url: URL): void {
    const report = buildReport({ adapter, conversationKey, root, composer, doc, url });
    // Zendesk's show-more control sits in the log: while health says earlier messages are not loaded, a log change
    // (the older comments rendered, the control gone) may change the report too.
    reportFollowsLog =
      !report.customerName ||
      !report.health.matched?.messages ||
      Boolean(report.health.matched.earlierMessages);
    lastTyping = report.customerTyping;
    const json = JSON.stringify(report);
    if (json !== lastReport) {
      lastReport = json;
      send.report(report);
    }
  }

  /** Look for everything again: adapter, conversation, log, reply box; then read the log and report. */
  function scanPage(): void {
    const url = deps.url();
    forgetShadowWalk(doc); // the page changed: a lookup that misses may walk it for new shadow roots
    const next = pick(url, doc, deps.customSelectors);
    const nextKey = next.conversationKey(doc, url);
    const nextRoot = nextKey ? next.logRoot(doc, url) : null;
    const nextComposer = next.composer(doc, url);
    const nextTyping = nextKey ? (next.typing(doc, url)?.el ?? null) : null;
    const switched = next !== adapter || nextKey !== conversationKey;
    const moved = nextRoot !== root || nextComposer?.el !== composer?.el || nextTyping !== typingEl;
    if (next !== adapter) logs.clear(); // a reader follows one adapter's fold
    adapter = next;
    conversationKey = nextKey;
    root = nextRoot;
    composer = nextComposer;
    typingEl = nextTyping;
    typingChanged = false;
    if (switched) {
      diff.reset();
      drafts.forget();
    }
    if (root) logs.use(root, adapter.log); // watched before observe() lists the logs to watch
    // No log yet: observe again, for shadow roots the lookups found meanwhile.
    if (switched || moved || !root) observe();
    if (conversationKey) syncLog(conversationKey);
    sendReport(url);
    if (switched) scheduleDraft();
  }

  function scheduleScan(): void {
    if (scanTimer !== undefined || stopped()) return;
    // A change after a quiet spell (a customer's new message) is read within a frame, so it reaches the panel
    // sooner; during a burst the page is read every `debounceMs`, never postponed by later changes.
    const since = performance.now() - lastScanAt;
    scanTimer = setTimeout(scan, since >= debounceMs ? QUIET_READ_MS : debounceMs - since);
  }

  deps.onLocationChange?.(scheduleScan);
  win.addEventListener('popstate', scheduleScan, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      scanTimer = undefined;
    },
    { once: true },
  );

  scan();

  return {
    stop: () => stopper.abort(),
    async insert(text, mode, target = 'reply') {
      if (stopped()) return { ok: false, reason: 'Poise stopped on this page; reload it.' };
      if (!composer?.el.isConnected) {
        if (scanTimer !== undefined) clearTimeout(scanTimer);
        scan();
      }
      if (!composer) return { ok: false, reason: 'No reply box found on this page.' };
      const url = deps.url();
      const result =
        target === 'note'
          ? await insertAsNote(text, mode, {
              doc,
              url,
              noteMode: adapter.noteMode,
              composer: () => adapter.composer(doc, url),
              ...(deps.insert ? { insert: deps.insert } : {}),
            })
          : await (deps.insert ?? insertText)(composer.el, text, { mode, kind: composer.kind });
      scheduleDraft();
      return result;
    },
    status: () => ({ siteId: adapter.id, conversationKey }),
  };
}
