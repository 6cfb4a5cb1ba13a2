/**
 * The chat logs a page showed lately, each with its incremental reader (lib/sites/log-reader.ts) and the mutation
 * records seen in it since its last read. Zendesk keeps several tickets mounted and the agent moves between them: a
 * log stays watched after a switch, so switching back reads only what changed meanwhile instead of every message of
 * a long ticket again.
 */
import { setRecent } from '../recent-map';
import { createLogReader, type LogReader } from '../sites/log-reader';
import type { LogFold } from '../sites/types';

/** Logs kept watched per page; the least recently read one goes first. */
const MAX_LOGS = 4;
/** Records kept per log between two reads; past this its next read is a whole read. */
const MAX_RECORDS = 2000;
/**
 * How long logs are read: 200 items first, then as many per task as fit in 15 ms of the page's main thread. A message
 * read for the first time costs 0.1–0.2 ms on a 2-core machine, so a 5,000-message ticket opened for the first time
 * takes a few dozen short tasks instead of one of ~0.5 s (design.md: no task over 50 ms on the helpdesk page).
 */
export const READ_PACE = { chunk: 100, budgetMs: 8 } as const;

export interface WatchedLog {
  readonly root: Element;
  readonly reader: LogReader;
  /** Keep a record for the next read. */
  note(record: MutationRecord): void;
  /** The records since the last read (null: some were dropped, or the log was never read), and start afresh. */
  take(): MutationRecord[] | null;
}

export interface WatchedLogs {
  /** The log at `root`, watched from now on (made with `fold` when new), and the most recently used. */
  use(root: Element, fold: LogFold): WatchedLog;
  /** The watched log `node` sits in; `current` is tried first. */
  logOf(node: Node, current: Element | null): WatchedLog | undefined;
  /** The roots still in the page, dropping the others: what the observer should watch. */
  roots(): Element[];
  /**
   * The shadow roots that hold watched logs (Intercom 2026): an observer on the document sees nothing inside them,
   * so a switch that only moves an attribute in there is watched on the shadow root itself.
   */
  shadowRoots(): ShadowRoot[];
  /** Forget every log (another adapter reads the page now). */
  clear(): void;
}

function watch(root: Element, fold: LogFold): WatchedLog {
  let records: MutationRecord[] | null = null;
  return {
    root,
    reader: createLogReader(fold, root, READ_PACE),
    note(record) {
      if (records && records.length < MAX_RECORDS) records.push(record);
      else records = null;
    },
    take() {
      const taken = records;
      records = [];
      return taken;
    },
  };
}

export function createWatchedLogs(): WatchedLogs {
  const logs = new Map<Element, WatchedLog>();
  return {
    use(root, fold) {
      const log = logs.get(root) ?? watch(root, fold);
      setRecent(logs, root, log, MAX_LOGS);
      return log;
    },
    logOf(node, current) {
      if (current?.contains(node)) return logs.get(current);
      for (const [root, log] of logs) if (root.contains(node)) return log;
      return undefined;
    },
    roots() {
      for (const root of logs.keys()) if (!root.isConnected) logs.delete(root);
      return [...logs.keys()];
    },
    shadowRoots() {
      const out = new Set<ShadowRoot>();
      for (const root of logs.keys()) {
        const top = root.getRootNode();
        if (top.nodeType === 11 && 'host' in top && root.isConnected) out.add(top as ShadowRoot);
      }
      return [...out];
    },
    clear: () => logs.clear(),
  };
}
