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
import type { LogFold, LogStep } from './types';

export interface LogReader {
  /**
   * Every message of the log, in page order. With the mutation records seen since the last read (null or none: read
   * it all), only appended items and a changed last item are read; the messages read before come back as the same
   * objects (lib/content/diff.ts skips them).
   */
  read(records?: readonly MutationRecord[] | null): ChatMessage[];
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without the global: fixtures in tests come from another window. */
const FOLLOWING = 4;
const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * The items under `container` in page order, not looking inside an item (items do not nest). A walk rather than
 * `querySelectorAll`: a whole read of a 5,000-message log then tests ~5,000 elements against the selector instead of
 * every element of every message (~55 ms of a ticket switch on a 2-core machine).
 */
function itemsUnder(container: Element, isItem: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  let el: Element | null = container.firstElementChild;
  while (el) {
    if (isItem(el)) out.push(el);
    else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== container && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== container ? el.nextElementSibling : null;
  }
  return out;
}

/** The items of `root` per `selector` (null: the root's own element children); [] for a selector that is not valid. */
function itemsOf(root: Element, selector: string | null): Element[] {
  if (selector === null) return Array.from(root.children);
  try {
    return itemsUnder(root, (el) => el.matches(selector));
  } catch {
    return []; // an invalid selector from the options page
  }
}

/** The whole log, read from scratch (an adapter's `readMessages`). */
export function readLog(fold: LogFold, root: Element): ChatMessage[] {
  return createLogReader(fold, root).read();
}

/** What a batch of records did to the log, when that is something the reader can follow without a whole read. */
interface TailChange {
  /** The last item read changed inside (text, children). */
  lastChanged: boolean;
  /** Items appended after it, in page order. */
  added: Element[];
}

/**
 * What the records did after `last`, or null when they did anything else (then the log is read again). Throws on an
 * invalid selector; the caller reads the whole log then.
 */
function tailChange(
  root: Element,
  selector: string | null,
  last: Element,
  known: WeakSet<Element>,
  records: readonly MutationRecord[],
): TailChange | null {
  const isItem = (el: Element) => (selector === null ? el.parentElement === root : el.matches(selector));
  /** The item a node sits in (itself included), or null for a node between items. */
  const itemAround = (node: Node): Element | null => {
    for (let el = isElement(node) ? node : node.parentElement; el && el !== root; el = el.parentElement) {
      if (isItem(el)) return el;
    }
    return null;
  };
  let lastChanged = false;
  const added = new Set<Element>();
  for (const r of records) {
    if (r.type !== 'childList' && r.type !== 'characterData') return null;
    const around = itemAround(r.target);
    if (around) {
      // Inside an item: only the last one can change without changing what later steps carried.
      if (around !== last) return null;
      lastChanged = true;
      continue;
    }
    // A removed node is checked against the items read, not the selector: detached, it may no longer match one
    // that names its ancestors (Zendesk's `[data-test-id="omni-log-container"] > [role="note"]`).
    for (const n of r.removedNodes) {
      if (
        isElement(n) &&
        (known.has(n) || Array.from(n.getElementsByTagName('*')).some((el) => known.has(el)))
      ) {
        return null;
      }
    }
    for (const n of r.addedNodes) {
      if (!isElement(n)) continue;
      if (isItem(n)) added.add(n);
      else if (selector) for (const el of itemsUnder(n, isItem)) added.add(el);
    }
  }
  let prev = last;
  const out: Element[] = [];
  for (const el of added) {
    // Gone again, moved out of the log, or not after the last item read: the order is not a plain append.
    if (!el.isConnected || !root.contains(el)) continue;
    if (!(prev.compareDocumentPosition(el) & FOLLOWING)) return null;
    out.push(el);
    prev = el;
  }
  return { lastChanged, added: out };
}

/** A reader of one log root; make a new one for another root or conversation. */
export function createLogReader(fold: LogFold, root: Element): LogReader {
  let selector: string | null = null;
  let messages: ChatMessage[] = [];
  let known = new WeakSet<Element>();
  /** The fold after the last item, and a copy of it from before that item with the messages it had read then. */
  let step: LogStep = fold.start();
  let last: Element | null = null;
  let beforeLast: { step: LogStep; count: number } | null = null;

  /** Read `items` on from the current step; the copy before the last one is taken as it goes. */
  function readOn(items: readonly Element[], out: ChatMessage[]): void {
    items.forEach((item, i) => {
      if (i === items.length - 1) beforeLast = { step: step.fork(), count: out.length };
      step.read(item, out);
      known.add(item);
      last = item;
    });
  }

  function readAll(): ChatMessage[] {
    selector = fold.itemSelector(root);
    step = fold.start();
    known = new WeakSet();
    last = null;
    beforeLast = null;
    messages = [];
    readOn(itemsOf(root, selector), messages);
    return messages;
  }

  return {
    read(records) {
      const tail = last;
      if (!records || !tail?.isConnected || !root.isConnected || fold.itemSelector(root) !== selector) {
        return readAll();
      }
      let change: TailChange | null;
      try {
        change = tailChange(root, selector, tail, known, records);
      } catch {
        change = null;
      }
      const saved = beforeLast;
      if (!change || (change.lastChanged && !saved)) return readAll();
      if (!change.lastChanged && change.added.length === 0) return messages;
      let kept = messages.length;
      const items = change.added;
      if (change.lastChanged && saved) {
        // Back to before the last item and read it anew; readOn saves a new copy before whichever item is last now.
        step = saved.step;
        kept = saved.count;
        items.unshift(tail);
      }
      const read: ChatMessage[] = [];
      readOn(items, read);
      if (beforeLast) beforeLast.count += kept; // readOn counted within `read`
      messages = messages.slice(0, kept).concat(read);
      return messages;
    },
  };
}
