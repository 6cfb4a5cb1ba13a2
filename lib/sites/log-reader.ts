/**
 * Reading a chat log incrementally. An adapter describes its log as a fold (types.ts `LogFold`): items in page order,
 * each read into messages by a step that carries what it needs from earlier items (the author of a follow-up,
 * occurrence counts for keys). A reader keeps that fold running: after a change that only appended items (the common
 * case: a new message) or changed the last item (an Intercom group gaining a part, a read tick on the last reply), it
 * reads just those items and carries on; after anything else (an edit further up, a removal, a new item before the
 * last one read), it reads the whole log again.
 *
 * Why: a shift-long chat has 5,000 items, and re-reading every item on every change cost ~100 ms of the helpdesk
 * page's main thread per message (design.md: no task over 50 ms on the helpdesk page).
 */
import type { ChatMessage } from '../chat';
import { itemsAfter, itemTest, type TailChange, tailChange } from './log-items';
import type { LogFold, LogStep } from './types';

export interface LogReader {
  /**
   * Every message of the log, in page order. With the mutation records seen since the last read (null or none: read
   * it all), only appended items and a changed last item are read; the messages read before come back as the same
   * objects (lib/content/diff.ts skips them).
   */
  read(records?: readonly MutationRecord[] | null): ChatMessage[];
  /** Items are left to read: a read stops after a chunk of new items (then read again soon, with the records since). */
  readonly unfinished: boolean;
  /**
   * A read put off until the fold can read the new items without forcing a layout (LogFold.prepare): read again once
   * it settles (the records given meanwhile are kept). Null when nothing waits.
   */
  readonly waiting: Promise<void> | null;
}

/** Bounds on a paced chunk: always some progress, and never the whole of a huge log in one go. */
const MIN_CHUNK = 20;
const MAX_CHUNK = 5000;

/**
 * The whole log, read from scratch and at once (an adapter's `readMessages`): nothing is put off, so the fold's
 * `prepare` is not asked (a side it would have measured is measured while reading).
 */
export function readLog(fold: LogFold, root: Element): ChatMessage[] {
  return createLogReader({ itemSelector: fold.itemSelector, start: fold.start }, root).read();
}

/** How a reader splits a long read: `chunk` items per read, or, with `budgetMs`, as many as fit in that time. */
export interface ReadPace {
  /** Items per read (the first read's, with `budgetMs`). */
  chunk?: number;
  /** Main-thread time per read: each chunk is sized from the time the previous one took per item. */
  budgetMs?: number;
  now?: () => number;
}

/**
 * A reader of one log root; make a new one for another root or conversation. With a pace, a read stops after a chunk
 * of new items and `unfinished` says so: the first read of a 5,000-message log then takes many short tasks on the
 * helpdesk page instead of one long one (a message read for the first time costs 0.1–0.2 ms on a 2-core machine).
 */
export function createLogReader(fold: LogFold, root: Element, pace: ReadPace = {}): LogReader {
  const { budgetMs, now = () => performance.now() } = pace;
  let chunk = pace.chunk ?? Number.POSITIVE_INFINITY;
  let selector: string | null = null;
  /** Whether the walk reached the end of the log (else it carries on after `last`). */
  let done = true;
  let messages: ChatMessage[] = [];
  let known = new WeakSet<Element>();
  /** The fold after the last item, and a copy of it from before that item with the messages it had read then. */
  let step: LogStep = fold.start();
  let last: Element | null = null;
  let beforeLast: { step: LogStep; count: number } | null = null;
  /** A read put off by `fold.prepare`: settles when it may carry on; its records are held meanwhile. */
  let waiting: Promise<void> | null = null;
  let held: { records: MutationRecord[] | null } | null = null;

  /** Read `items` on from the current step; the copy before the last one is taken as it goes. */
  function readOn(items: readonly Element[], out: ChatMessage[]): void {
    items.forEach((item, i) => {
      if (i === items.length - 1) beforeLast = { step: step.fork(), count: out.length };
      step.read(item, out);
      known.add(item);
      last = item;
    });
  }

  /** The first `kept` messages read so far, then what `items` read into. */
  function readAfter(kept: number, items: readonly Element[]): ChatMessage[] {
    if (items.length === 0 && kept === messages.length) return messages;
    const read: ChatMessage[] = [];
    readOn(items, read);
    if (beforeLast && items.length > 0) beforeLast.count += kept; // readOn counted within `read`
    messages = messages.slice(0, kept).concat(read);
    return messages;
  }

  /** Up to `chunk` items after `from` (the start when null); none for an invalid selector (from the options page). */
  function itemsFrom(sel: string | null, from: Element | null): Element[] {
    try {
      return itemsAfter(root, itemTest(root, sel), from, chunk);
    } catch {
      return [];
    }
  }

  /**
   * Whether `items` can be read now (LogFold.prepare). If not, this read is put off before it changed anything: its
   * records are held for the next read (null: that one reads the whole log) and `waiting` settles when it may.
   */
  function ready(items: readonly Element[], records: readonly MutationRecord[] | null | undefined): boolean {
    const wait = items.length > 0 ? fold.prepare?.(items) : null;
    if (!wait) return true;
    held = { records: records ? [...records] : null };
    const settle = () => {
      if (waiting === pending) waiting = null;
    };
    const pending: Promise<void> = wait.then(settle, settle);
    waiting = pending;
    return false;
  }

  /** Read the walk's next `items` after `redo` and `kept` of the messages; size the next chunk from the time taken. */
  function readChunk(kept: number, redo: readonly Element[], items: readonly Element[]): ChatMessage[] {
    done = items.length < chunk;
    const started = now();
    const read = readAfter(kept, [...redo, ...items]);
    if (budgetMs !== undefined && items.length > 0) {
      const perItem = Math.max((now() - started) / (items.length + redo.length), 0.001);
      chunk = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.floor(budgetMs / perItem)));
    }
    return read;
  }

  function readAll(records: readonly MutationRecord[] | null | undefined): ChatMessage[] {
    const sel = fold.itemSelector(root);
    const items = itemsFrom(sel, null);
    if (!ready(items, records)) return messages;
    selector = sel;
    step = fold.start();
    known = new WeakSet();
    last = null;
    beforeLast = null;
    messages = [];
    return readChunk(0, [], items);
  }

  return {
    get unfinished() {
      return !done;
    },
    get waiting() {
      return waiting;
    },
    read(records) {
      if (held) {
        records = held.records && records ? held.records.concat(records) : null;
        held = null;
      }
      if (waiting) {
        held = { records: records ? [...records] : null };
        return messages;
      }
      const tail = last;
      if (!records || !tail?.isConnected || !root.isConnected || fold.itemSelector(root) !== selector) {
        return readAll(records);
      }
      let change: TailChange | null;
      try {
        change = tailChange(root, selector, tail, known, records);
      } catch {
        change = null;
      }
      const saved = beforeLast;
      if (!change || (change.lastChanged && !saved)) return readAll(records);
      const redo = change.lastChanged && saved ? [tail] : [];
      // A read that stopped early carries on from where it stopped; items appended meanwhile lie ahead of it.
      const items = done ? change.added : itemsFrom(selector, tail);
      if (!ready([...redo, ...items], records)) return messages;
      let kept = messages.length;
      if (saved && redo.length > 0) {
        // Back to before the last item and read it anew; readOn saves a new copy before whichever item is last now.
        step = saved.step;
        kept = saved.count;
      }
      return done ? readAfter(kept, [...redo, ...items]) : readChunk(kept, redo, items);
    },
  };
}
