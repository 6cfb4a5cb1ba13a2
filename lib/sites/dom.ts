/** Small DOM helpers shared by the adapters: ordered selector fallbacks, visibility, stable keys. */
import type { ChatMessage, Role } from '../chat';
import { knownShadowRoots, walkShadowRoots } from './shadow';
import type { Sel } from './types';

/**
 * The first element matching the first selector of `sels` that matches anything, and that selector. Without `accept`
 * it asks `querySelector`, which stops at the first hit: the page is read on every change, and on a long chat a
 * `querySelectorAll` walks every message each time.
 */
export function firstMatch<T extends Element = HTMLElement>(
  root: ParentNode,
  sels: Sel,
  accept?: (el: T) => boolean,
): { el: T; sel: string } | null {
  for (const sel of sels) {
    if (!accept) {
      const el = root.querySelector<T & Element>(sel);
      if (el) return { el, sel };
      continue;
    }
    for (const el of root.querySelectorAll<T & Element>(sel)) {
      if (accept(el)) return { el, sel };
    }
  }
  return null;
}

/** All elements of the first selector in `sels` that matches anything. */
export function allMatches<T extends Element = HTMLElement>(root: ParentNode, sels: Sel): T[] {
  for (const sel of sels) {
    const found = root.querySelectorAll<T & Element>(sel);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The selector that matched, for health reports. */
export function matchedSel(root: ParentNode, sels: Sel): string | null {
  return firstMatch(root, sels)?.sel ?? null;
}

type VisibilityCheck = (opts?: { visibilityProperty?: boolean; opacityProperty?: boolean }) => boolean;

/**
 * Rendered and not hidden. The hidden/display:none chain first (cheap, works in tests), then `checkVisibility` with
 * `visibilityProperty` and `opacityProperty`: Zendesk hides inactive ticket panes with `visibility: hidden`, which
 * the option-less call does not report (DeepL for Zendesk 3604214663, ZD Workflow Helper 61789241706). Without
 * `checkVisibility`, the computed style: `visibility` inherits, `display: none` is checked up the chain.
 */
export function isVisible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || (e as HTMLElement).style?.display === 'none') return false;
  }
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, opacityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle.bind(el.ownerDocument.defaultView);
  if (!style) return true;
  if (style(el).visibility === 'hidden') return false;
  for (let e: Element | null = el; e; e = e.parentElement) if (style(e).display === 'none') return false;
  return true;
}

/** 53-bit string hash (cyrb53), base 36: stable keys without keeping text around. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Keys for messages without a page id: a hash of who and when (text only when there is no time, so an edited
 * message keeps its key), plus an occurrence counter so two identical messages stay two.
 */
export type Keyer = ((m: Omit<ChatMessage, 'key'>) => string) & {
  /** A copy that counts on from here (log-reader.ts re-reads a log's last item from before it). */
  fork(): Keyer;
};

export function createKeyer(prefix: string, seen = new Map<string, number>()): Keyer {
  const key = (m: Omit<ChatMessage, 'key'>) => {
    const basis = `${m.role}|${m.author ?? ''}|${m.at ?? m.text}`;
    const n = seen.get(basis) ?? 0;
    seen.set(basis, n + 1);
    return `${prefix}${hashText(basis)}${n ? `.${n}` : ''}`;
  };
  return Object.assign(key, { fork: () => createKeyer(prefix, new Map(seen)) });
}

/**
 * Makes keys unique within one read, for keys taken from a page id (`data-part-id`, `data-message-id`, `data-id`).
 * Such an id can repeat: a node the page rendered twice, or a generic `data-id` that names the author rather than
 * the message. Two messages under one key overwrite each other in the background transcript and, when they
 * differ, lib/content/diff.ts (one hash per key) re-sends both on every scan; so a repeat gets an occurrence
 * suffix instead. Found by tests/lib/sites/fuzz.test.ts (a duplicated Intercom part gave two `ic:p1`).
 */
export type UniqueKeys = ((key: string) => string) & { fork(): UniqueKeys };

export function createUniqueKeys(used = new Set<string>()): UniqueKeys {
  const unique = (key: string) => {
    let candidate = key;
    for (let n = 1; used.has(candidate); n++) candidate = `${key}.${n}`;
    used.add(candidate);
    return candidate;
  };
  return Object.assign(unique, { fork: () => createUniqueKeys(new Set(used)) });
}

/** Build a message without `undefined` optional fields (exactOptionalPropertyTypes). */
export function message(key: string, role: Role, text: string, author?: string, at?: string): ChatMessage {
  const m: ChatMessage = { key, role, text };
  if (author) m.author = author;
  if (at) m.at = at;
  return m;
}

/** The open shadow roots known, then (only if the caller reads on) those a new walk finds. */
function* shadowRootsOf(doc: Document): Generator<ShadowRoot> {
  yield* knownShadowRoots(doc);
  yield* walkShadowRoots(doc);
}

/**
 * `firstMatch` over the page and its open shadow roots: the light DOM first (cheap, and every page but Intercom's
 * 2026 inbox has its chat there), then the shadow roots found before, then a walk for new ones (shadow.ts). A
 * selector matching in the light DOM wins over a better one inside a shadow root: descending costs a walk.
 */
export function deepFirstMatch<T extends Element = HTMLElement>(
  doc: Document,
  sels: Sel,
  accept?: (el: T) => boolean,
): { el: T; sel: string } | null {
  const light = firstMatch(doc, sels, accept);
  if (light) return light;
  for (const root of shadowRootsOf(doc)) {
    const hit = firstMatch(root, sels, accept);
    if (hit) return hit;
  }
  return null;
}

/** `allMatches` over the page, else the first open shadow root where the selectors match anything. */
export function deepAllMatches<T extends Element = HTMLElement>(doc: Document, sels: Sel): T[] {
  const light = allMatches<T>(doc, sels);
  if (light.length > 0) return light;
  for (const root of shadowRootsOf(doc)) {
    const hits = allMatches<T>(root, sels);
    if (hits.length > 0) return hits;
  }
  return [];
}

/** The selector that matched, light DOM or open shadow roots, for health reports. */
export function deepMatchedSel(doc: Document, sels: Sel): string | null {
  return deepFirstMatch(doc, sels)?.sel ?? null;
}

/** The focused element, through open shadow roots (`document.activeElement` is only their host). */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
