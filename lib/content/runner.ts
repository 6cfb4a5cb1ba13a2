/**
 * The content-script runner (conventions C10): picks the site adapter, watches the visible conversation with
 * ONE scoped MutationObserver, sends only new or edited messages, re-detects on conversation switches, reports what it
 * found, sends the agent's draft (debounced), and removes every listener, timer and observer when `signal` aborts.
 * Pure of `browser.*`: the entrypoint injects `send` and the abort signal.
 *
 * Two kinds of read, so a 5,000-message chat stays cheap: a change inside the log (a new message) reads only the log,
 * and only what was appended (lib/sites/log-reader.ts); any other change (a ticket switch, the log or reply box
 * re-created, an SPA navigation) looks for the adapter, conversation, log and reply box again and re-sends the report.
 *
 * Shadow DOM: what the observer watches, shadow roots included, is lib/content/observe-page.ts.
 */

import type { TranscriptDelta } from '../messaging/protocol';
import { pickAdapter } from '../sites/index';
import { forgetShadowWalk } from '../sites/shadow';
import type { Composer } from '../sites/types';
import { createTranscriptDiff } from './diff';
import { createDraftWatch } from './draft-watch';
import { insertHere } from './insert-here';
import { observePage } from './observe-page';
import { buildReport } from './report';
import type { Runner, RunnerDeps } from './runner-types';
import { createTypingWatch } from './typing-watch';
import { createWatchedLogs } from './watched-logs';

export type { Runner, RunnerDeps, RunnerSend, RunnerStatus } from './runner-types';

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
  const typing = createTypingWatch({
    doc,
    url: deps.url,
    current: () => ({ adapter, conversationKey }),
    moved: () => observe(),
    report: (url) => sendReport(url),
  });

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
      if (typing.el?.contains(r.target)) {
        typing.noteChange();
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
    observePage(observer, { doc, logs, root, composer, typing: typing.el, switchAttributes });
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
    if (read || typing.due()) typing.check();
  }

  function sendReport(url: URL): void {
    const report = buildReport({ adapter, conversationKey, root, composer, doc, url });
    // Zendesk's show-more control sits in the log: while health says earlier messages are not loaded, a log change
    // (the older comments rendered, the control gone) may change the report too.
    reportFollowsLog =
      !report.customerName ||
      !report.health.matched?.messages ||
      Boolean(report.health.matched.earlierMessages);
    typing.reported(report.customerTyping);
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
    const moved = nextRoot !== root || nextComposer?.el !== composer?.el || nextTyping !== typing.el;
    if (next !== adapter) logs.clear(); // a reader follows one adapter's fold
    adapter = next;
    conversationKey = nextKey;
    root = nextRoot;
    composer = nextComposer;
    typing.reset(nextTyping);
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
      const place = {
        doc,
        url: deps.url(),
        adapter,
        composer,
        ...(deps.insert ? { insert: deps.insert } : {}),
      };
      const result = await insertHere(place, text, mode, target);
      scheduleDraft();
      return result;
    },
    status: () => ({ siteId: adapter.id, conversationKey }),
  };
}
