/**
 * The generic adapter for helpdesks without their own file (helpdesk-dom.md §4): a chat log found by ARIA
 * (`role="log"`, then `aria-live`), else by structure (the largest scrollable element with repeating children), or
 * by selectors the agent gave in the options. Low confidence: the panel says so. Every lookup also looks inside the
 * page's open shadow roots when the light DOM has nothing (dom.ts `deepFirstMatch`); a chat in a closed shadow root
 * is reported in health, not silently missed.
 *
 * Test URLs: any http(s) page; fixtures: tests/fixtures/sites/generic/*.html.
 */
import type { ChatMessage, Role } from '../chat';
import { detectEditorKind, editableRoot } from '../insert/detect';
import type { CustomSelectors } from '../storage/settings-schema';
import {
  createKeyer,
  createUniqueKeys,
  deepActiveElement,
  deepFirstMatch,
  firstMatch,
  isVisible,
  type Keyer,
  message,
  type UniqueKeys,
} from './dom';
import { readLog } from './log-reader';
import { closedShadowHealth, knownShadowRoots, walkShadowRoots } from './shadow';
import { textOf } from './text';
import type { Expectation, LogFold, LogStep, SiteAdapter } from './types';

export type { CustomSelectors };

export const selectors = {
  log: ['[role="log"]', '[aria-live="polite"]', '[aria-live="assertive"]'],
  composer: [
    '[contenteditable="true"][role="textbox"]',
    '.ProseMirror[contenteditable="true"]',
    '[data-slate-editor="true"]',
    '[data-lexical-editor="true"]',
    '.ck-editor__editable[contenteditable="true"]',
    'textarea',
    '[contenteditable="true"]',
  ],
  author: ['[data-author]', '[class*="author"]', '[class*="sender"]'],
  time: ['time[datetime]'],
} as const;

export const expectations: Expectation[] = [
  ['log', 'role-log.html', 1],
  ['composer', 'role-log.html', 1],
  ['log', 'structure.html', 0],
  ['log', 'custom.html', 0],
];

/** Containers that repeat children but are never a chat log. */
const NOT_A_LOG =
  'nav, [role="navigation"], [role="menu"], [role="listbox"], [role="tablist"], select, table';
const MIN_ITEMS = 3;

/** Role from ranked hints: explicit attributes, then the aria-label, then class names. */
export function roleFromHints(item: Element): Role {
  const sources = [
    ['data-author-type', 'data-role', 'data-sender-type', 'data-from']
      .map((a) => item.getAttribute(a) ?? '')
      .join(' '),
    item.getAttribute('aria-label') ?? '',
    item.getAttribute('class') ?? '',
  ];
  for (const raw of sources) {
    const s = raw.toLowerCase();
    if (!s.trim()) continue;
    if (/internal note|\bnote\b|private/.test(s)) return 'internal';
    if (/\bbot\b|automated|--bot/.test(s)) return 'bot';
    if (/\bsystem\b|--system|\bevent\b/.test(s)) return 'system';
    if (/customer|end-user|visitor|\buser\b|contact|client|incoming/.test(s)) return 'customer';
    if (/\bagent\b|--agent|operator|admin|teammate|staff|outgoing/.test(s)) return 'agent';
  }
  return 'unknown';
}

/** The page's body and its open shadow roots (walked for them only when the body has no candidate). */
function* structuralScopes(doc: Document): Generator<ParentNode> {
  if (doc.body) yield doc.body;
  yield* knownShadowRoots(doc);
  yield* walkShadowRoots(doc);
}

/** Elements with the most repeating children (same tag and first class) that scroll, largest first. */
export function structuralLog(doc: Document): Element | null {
  for (const scope of structuralScopes(doc)) {
    const found = structuralLogIn(doc, scope);
    if (found) return found;
  }
  return null;
}

function structuralLogIn(doc: Document, scope: ParentNode): Element | null {
  const win = doc.defaultView;
  let best: Element | null = null;
  let bestCount = 0;
  for (const el of scope.querySelectorAll('*')) {
    if (el.children.length < MIN_ITEMS || el.children.length <= bestCount) continue;
    const counts = new Map<string, number>();
    for (const c of el.children) {
      const sig = `${c.tagName}.${c.classList[0] ?? ''}`;
      counts.set(sig, (counts.get(sig) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    if (top < MIN_ITEMS || top < el.children.length * 0.6 || top <= bestCount) continue;
    const overflow = win?.getComputedStyle(el).overflowY ?? '';
    const scrolls = el.scrollHeight > el.clientHeight || overflow === 'auto' || overflow === 'scroll';
    if (!scrolls || el.closest(NOT_A_LOG)) continue;
    best = el;
    bestCount = top;
  }
  return best;
}

/** The lowest element holding every match of `sel`, in the page or else the first open shadow root with one. */
function commonAncestor(doc: Document, sel: string): Element | null {
  const scope = deepFirstMatch<Element>(doc, [sel])?.el.getRootNode() as ParentNode | undefined;
  const all = (scope ?? doc).querySelectorAll(sel);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return null;
  let anc: Element | null = first.parentElement;
  while (anc && !anc.contains(last)) anc = anc.parentElement;
  return anc;
}

/** A generic adapter, with the agent's selectors when given. */
export function createGeneric(custom: CustomSelectors = {}): SiteAdapter {
  let cached: { el: Element; how: string } | null = null;
  const find = (doc: Document): { el: Element; how: string } | null => {
    if (cached?.el.isConnected && cached.el.ownerDocument === doc) return cached;
    cached = null;
    const how = (el: Element | null, h: string) => (el ? { el, how: h } : null);
    if (custom.message) {
      try {
        cached = how(commonAncestor(doc, custom.message), `custom:${custom.message}`);
      } catch {
        cached = null; // an invalid selector from the options page: fall through to detection
      }
    }
    if (!cached) {
      const aria = deepFirstMatch<Element>(
        doc,
        selectors.log,
        (el) => el.children.length > 0 && isVisible(el),
      );
      if (aria) cached = { el: aria.el, how: aria.sel };
    }
    cached ??= how(structuralLog(doc), 'structure');
    return cached || null;
  };
  /** The reply box the agent's composer selector points at, if it points at one. */
  const customComposer = (doc: Document): HTMLElement | null => {
    let given: HTMLElement | undefined;
    try {
      given = custom.composer ? deepFirstMatch(doc, [custom.composer])?.el : undefined;
    } catch {
      given = undefined; // an invalid selector from the options page
    }
    return given ? editableRoot(given) : null;
  };
  const authorSel = custom.author ? [custom.author] : selectors.author;
  const skip = ['time', ...authorSel].join(', ');
  const readItem = (item: Element, out: ChatMessage[], key: Keyer, unique: UniqueKeys) => {
    let authorEl: Element | undefined;
    let text: string;
    try {
      authorEl = firstMatch<Element>(item, authorSel)?.el;
      text = textOf(item, skip);
    } catch {
      text = textOf(item, 'time'); // an invalid author selector from the options page
    }
    const author = authorEl ? textOf(authorEl) || undefined : undefined;
    if (!text) return;
    const role = roleFromHints(item);
    const at = firstMatch(item, selectors.time)?.el.getAttribute('datetime') ?? undefined;
    const id = item.getAttribute('data-message-id') ?? item.getAttribute('data-id');
    const fields = { role, text, ...(author ? { author } : {}), ...(at ? { at } : {}) };
    out.push(message(unique(id ? `gn:${id}` : key(fields)), role, text, author, at));
  };
  const stepWith = (key: Keyer, unique: UniqueKeys): LogStep => ({
    read: (item, out) => readItem(item, out, key, unique),
    fork: () => stepWith(key.fork(), unique.fork()),
  });
  const log: LogFold = {
    itemSelector: () => custom.message || null,
    // `data-id` can repeat, or name the author (see createUniqueKeys).
    start: () => stepWith(createKeyer('gn:'), createUniqueKeys()),
  };
  const adapter: SiteAdapter = {
    id: 'generic',
    confidence: 'low',
    matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    detect: (doc) => find(doc) !== null,
    conversationKey: (doc, url) => (find(doc) ? `generic:${url.origin}${url.pathname}` : null),
    logRoot: (doc) => find(doc)?.el ?? null,
    log,
    readMessages: (root) => readLog(log, root),
    customerName(doc) {
      const root = find(doc)?.el;
      return root
        ? adapter.readMessages(root).find((m) => m.role === 'customer' && m.author)?.author
        : undefined;
    },
    // Another helpdesk's fields and typing indicator are unknown: the transcript is all the generic adapter reads.
    pageFacts: () => ({}),
    typing: () => null,
    composer(doc) {
      let el = customComposer(doc);
      // Through open shadow roots: `document.activeElement` is only the host of one.
      const active = deepActiveElement(doc) as HTMLElement | null;
      if (
        !el &&
        active &&
        active !== doc.body &&
        (active.isContentEditable || active.tagName === 'TEXTAREA')
      ) {
        el = editableRoot(active);
      }
      el ??= deepFirstMatch<HTMLElement>(doc, selectors.composer, isVisible)?.el ?? null;
      return el ? { el, kind: detectEditorKind(el) } : null;
    },
    health(doc) {
      const log = find(doc);
      const composer = adapter.composer(doc);
      return {
        conversation: log ? 'url' : null,
        log: log?.how ?? null,
        messages: log ? (custom.message ? `custom:${custom.message}` : 'children') : null,
        ...(log ? {} : closedShadowHealth(doc)),
        // The agent's selector only when it is what found the reply box: when it matches nothing (or is invalid)
        // the fallbacks found it, and naming the selector would tell the agent it works (found by fuzz.test.ts).
        composer: composer
          ? custom.composer && composer.el === customComposer(doc)
            ? custom.composer
            : composer.kind
          : null,
      };
    },
    switchAttributes: [],
  };
  return adapter;
}

/** The generic adapter without agent-given selectors. */
export const generic = createGeneric();
