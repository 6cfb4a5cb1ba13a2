/**
 * Open shadow roots of a page, and pages whose app hides in a closed one.
 *
 * Intercom's 2026 inbox renders inside the open shadow root of `#teammate-app-react` ("Intercom Focus" 61459146618;
 * a snippet extension's report 67156262379): `document.querySelector`, a MutationObserver on `document` and
 * `document.activeElement` see none of it. Finding the roots takes a walk over every element of the page, so it is
 * done only when a light-DOM lookup fails (dom.ts `deepFirstMatch`), and the roots it found are kept: later lookups
 * try them before walking again. A walk happens at most once per page change (`forgetShadowWalk`, called by the
 * content script when the page changed outside the log) or once a second for callers that never say so.
 */

interface Walked {
  roots: ShadowRoot[];
  /** When the page was last walked; 0 after `forgetShadowWalk` (walk again on the next miss). */
  at: number;
}

const walked = new WeakMap<Document, Walked>();
/** Without a page-change signal, a miss walks the page again after this long. */
const REWALK_MS = 1000;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Every open shadow root under `from`, nested ones included, in tree order. */
function walk(from: Document | ShadowRoot, out: ShadowRoot[]): void {
  const doc = from.nodeType === 9 ? (from as Document) : from.ownerDocument;
  if (!doc) return;
  const walker = doc.createTreeWalker(from, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const root = (n as Element).shadowRoot; // null for closed roots: those cannot be read (closedShadowHost)
    if (root) {
      out.push(root);
      walk(root, out);
    }
  }
}

/** The open shadow roots found so far, those still in the page. */
export function knownShadowRoots(doc: Document): readonly ShadowRoot[] {
  const entry = walked.get(doc);
  if (!entry) return [];
  if (entry.roots.some((r) => !r.host.isConnected))
    entry.roots = entry.roots.filter((r) => r.host.isConnected);
  return entry.roots;
}

/**
 * Walk the page for open shadow roots if it may have new ones (never walked, changed since, or a while ago); returns
 * the roots not known before, or [] when no walk was due.
 */
export function walkShadowRoots(doc: Document): readonly ShadowRoot[] {
  const entry = walked.get(doc);
  const t = now();
  if (entry && entry.at !== 0 && t - entry.at < REWALK_MS) return [];
  const roots: ShadowRoot[] = [];
  walk(doc, roots);
  const before = new Set(entry?.roots ?? []);
  walked.set(doc, { roots, at: t || 1 });
  return roots.filter((r) => !before.has(r));
}

/** The page changed outside the chat log: the next lookup that misses may walk it again. */
export function forgetShadowWalk(doc: Document): void {
  const entry = walked.get(doc);
  if (entry) entry.at = 0;
}

/** Element (custom-element host) names and ids known to hold a helpdesk's app. */
const APP_HOSTS = '#teammate-app-react';
/** How deep under <body> an app's host sits; deeper empty custom elements are widgets, not the app. */
const HOST_DEPTH = 3;
/** With layout, the host must cover at least this much of the page (a placeholder or icon has no such box). */
const MIN_AREA = 200 * 200;

/**
 * A host that most likely holds the page's app in a CLOSED shadow root, or null. The platform gives no way to tell
 * a closed root from none, so: an element near the top of <body> (at most HOST_DEPTH levels) that is a custom
 * element (a hyphen in its name) or a known app host, has no open `shadowRoot`, and has no light children or text,
 * i.e. it renders something the DOM does not show. Where there is layout it must also cover a sizeable box (an
 * empty icon element does not). Call it only when the chat was not found: an app still loading looks the same for
 * a moment, which is why the health note says "seems".
 */
export function closedShadowHost(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const layout = body.getBoundingClientRect().width > 0;
  const visit = (parent: Element, depth: number): Element | null => {
    for (const el of parent.children) {
      const candidate =
        (el.localName.includes('-') || el.matches(APP_HOSTS)) &&
        !el.shadowRoot &&
        el.childElementCount === 0 &&
        !el.textContent?.trim();
      if (candidate) {
        const box = layout ? el.getBoundingClientRect() : null;
        if (!box || box.width * box.height >= MIN_AREA) return el;
      }
      const deeper = depth < HOST_DEPTH ? visit(el, depth + 1) : null;
      if (deeper) return deeper;
    }
    return null;
  };
  return visit(body, 1);
}

/** The health entry for a page whose chat was not found but whose app sits in a closed shadow root. */
export function closedShadowHealth(doc: Document): { closedShadowRoot: string } | Record<string, never> {
  const host = closedShadowHost(doc);
  if (!host) return {};
  const name = host.id ? `${host.localName}#${host.id}` : host.localName;
  return {
    closedShadowRoot: `The page's chat seems to be inside a closed shadow root (<${name}>): no extension can read it.`,
  };
}
