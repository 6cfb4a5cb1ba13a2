/**
 * Reading a chat log incrementally. An adapter describes its log as a fold (types.ts `LogFold`): items in page order,
 * each read into messages by a step that carries what it needs from earlier items (the author of a follow-up,
 * occurrence counts for keys). A reader keeps that fold running: after a change that only appended items (the common
 * case: a new message), it reads just the new items and carries on; after anything else (an edit, a removal, a new
 * item before the last one read), it reads the whole log again.
 *
 * Why: a shift-long chat has 5,000 items, and re-reading every item on every change cost ~100 ms of the helpdesk
 * page's main thread per message (design.md: no task over 50 ms on the helpdesk page).
 */
import type { ChatMessage } from '../chat';
import type { LogFold } from './types';

export interface LogReader {
  /**
   * Every message of the log, in page order. With the mutation records seen since the last read, only appended
   * items are read; the messages read before are returned as the same objects (lib/content/diff.ts skips them).
   */
  read(records?: readonly MutationRecord[]): ChatMessage[];
}

/** Node.DOCUMENT_POSITION_FOLLOWING, without the global: fixtures in tests come from another window. */
const FOLLOWING = 4;
const isElement = (n: Node): n is Element => n.nodeType === 1;

/** The items of `root` per `selector` (null: the root's own element children); [] for a selector that is not valid. */
function itemsOf(root: Element, selector: string | null): Element[] {
  if (selector === null) return Array.from(root.children);
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector from the options page
  }
}

/** The whole log, read from scratch. */
export function readLog(fold: LogFold, root: Element): ChatMessage[] {
  const out: ChatMessage[] = [];
  const step = fold.start();
  for (const item of itemsOf(root, fold.itemSelector(root))) step(item, out);
  return out;
}

/**
 * The items the records appended after `last`, in page order; null when the records did anything else (then the log
 * is read again). Throws on an invalid selector; the caller reads the whole log then.
 */
function appendedItems(
  root: Element,
  selector: string | null,
  last: Element,
  known: WeakSet<Element>,
  records: readonly MutationRecord[],
): Element[] | null {
  const isItem = (el: Element) => (selector === null ? el.parentElement === root : el.matches(selector));
  const insideItem = (node: Node) => {
    for (let el = isElement(node) ? node : node.parentElement; el && el !== root; el = el.parentElement) {
      if (isItem(el)) return true;
    }
    return false;
  };
  const added = new Set<Element>();
  for (const r of records) {
    // Text or children changed inside an item: an edit, which changes what earlier steps carried.
    if (r.type !== 'childList' || insideItem(r.target)) return null;
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
      if (selector) for (const el of n.querySelectorAll(selector)) added.add(el);
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
  return out;
}

/** A reader of one log root; make a new one for another root or conversation. */
export function createLogReader(fold: LogFold, root: Element): LogReader {
  let selector: string | null = null;
  let step = fold.start();
  let last: Element | null = null;
  let messages: ChatMessage[] = [];
  let known = new WeakSet<Element>();

  function readAll(): ChatMessage[] {
    selector = fold.itemSelector(root);
    step = fold.start();
    const items = itemsOf(root, selector);
    const out: ChatMessage[] = [];
    for (const item of items) step(item, out);
    last = items[items.length - 1] ?? null;
    known = new WeakSet(items);
    messages = out;
    return messages;
  }

  return {
    read(records) {
      if (!records || !last?.isConnected || !root.isConnected || fold.itemSelector(root) !== selector) {
        return readAll();
      }
      let added: Element[] | null;
      try {
        added = appendedItems(root, selector, last, known, records);
      } catch {
        added = null;
      }
      if (!added) return readAll();
      if (added.length === 0) return messages;
      const out: ChatMessage[] = [];
      for (const item of added) {
        step(item, out);
        known.add(item);
      }
      last = added[added.length - 1] ?? last;
      if (out.length > 0) messages = messages.concat(out);
      return messages;
    },
  };
}
