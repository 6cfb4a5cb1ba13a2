/**
 * The items of a chat log and what a batch of mutation records did to them: the walks lib/sites/log-reader.ts reads
 * a log with (split from it). A walk rather than `querySelectorAll`, so a read can stop and carry on.
 */

/** Node.DOCUMENT_POSITION_FOLLOWING, without the global: fixtures in tests come from another window. */
const FOLLOWING = 4;
const isElement = (n: Node): n is Element => n.nodeType === 1;

/**
 * Up to `max` items under `container` in page order after `after` (from the start when null), not looking inside an
 * item (items do not nest). A walk rather than `querySelectorAll`: a whole read of a 5,000-message log then tests
 * ~5,000 elements against the selector instead of every element of every message (~55 ms of a ticket switch on a
 * 2-core machine), and a read can stop and carry on where it stopped.
 */
export function itemsAfter(
  container: Element,
  isItem: (el: Element) => boolean,
  after: Element | null,
  max = Number.POSITIVE_INFINITY,
): Element[] {
  const out: Element[] = [];
  const past = (from: Element): Element | null => {
    let el: Element | null = from;
    while (el && el !== container && !el.nextElementSibling) el = el.parentElement;
    return el && el !== container ? el.nextElementSibling : null;
  };
  let el = after ? past(after) : container.firstElementChild;
  while (el && out.length < max) {
    if (isItem(el)) {
      out.push(el);
      el = past(el);
    } else {
      el = el.firstElementChild ?? past(el);
    }
  }
  return out;
}

/** The test for one item per `selector` (null: the root's own element children). Throws on an invalid selector. */
export function itemTest(root: Element, selector: string | null): (el: Element) => boolean {
  return selector === null ? (el) => el.parentElement === root : (el) => el.matches(selector);
}

/** What a batch of records did to the log, when that is something the reader can follow without a whole read. */
export interface TailChange {
  /** The last item read changed inside (text, children). */
  lastChanged: boolean;
  /** Items appended after it, in page order. */
  added: Element[];
}

/**
 * What the records did after `last`, or null when they did anything else (then the log is read again). Throws on an
 * invalid selector; the caller reads the whole log then.
 */
export function tailChange(
  root: Element,
  selector: string | null,
  last: Element,
  known: WeakSet<Element>,
  records: readonly MutationRecord[],
): TailChange | null {
  const isItem = itemTest(root, selector);
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
      // Inside an item read before: only the last one can change without changing what later steps carried. An item
      // not read yet (added in this batch, or past where a chunked read stopped) is read whole when its turn comes.
      if (around === last) lastChanged = true;
      else if (known.has(around)) return null;
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
      else if (selector) for (const el of itemsAfter(n, isItem, null)) added.add(el);
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
