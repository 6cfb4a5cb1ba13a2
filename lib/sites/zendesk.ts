/**
 * Zendesk Agent Workspace, messaging tickets (helpdesk-dom.md §1.1).
 *
 * Test URLs: https://acme.zendesk.com/agent/tickets/123, https://demo.zendesk.com:8443/agent/tickets/1042 (demo).
 * Fixtures: tests/fixtures/sites/zendesk/*.html (several mounted tickets, notes, bots, follow-ups without a sender
 * header, a ticket switch, a page without the log). Zendesk keeps several tickets mounted: every read is scoped to the
 * ACTIVE ticket layout (data-is-active, then the selected header tab, then visibility as a last resort).
 */
import type { ChatMessage, Role } from '../chat';
import { detectEditorKind } from '../insert/detect';
import { isBuiltInUrl } from './built-in-hosts';
import { allMatches, createKeyer, firstMatch, isVisible, type Keyer, matchedSel, message } from './dom';
import { readLog } from './log-reader';
import { textOf } from './text';
import type { Expectation, LogFold, LogStep, SiteAdapter } from './types';

/** Every selector the adapter uses, ordered best first. Prefer data-test-id; classes only as a last resort. */
export const selectors = {
  /** Ticket layouts; only one carries data-is-active="true" (ALT Copilot). */
  layout: ['[data-test-id^="ticket-"][data-test-id$="-standard-layout"]'],
  activeLayout: ['[data-test-id^="ticket-"][data-test-id$="-standard-layout"][data-is-active="true"]'],
  selectedTab: [
    '[data-test-id="header-tab"][data-entity-is-selected="true"]', // Agent Workspace (ALT Copilot)
    '[data-test-id="header-tab"][data-selected="true"]', // older/other variant (TimerChat)
    '[data-test-id="header-tab"][aria-selected="true"]', // ARIA, any variant
  ],
  tabTitle: ['[data-test-id="header-tab-title"]'],
  tablist: ['[data-test-id="header-tablist"]'],
  log: ['[data-test-id="omni-log-container"]'],
  item: ['article[data-test-id="omni-log-comment-item"]', '[data-test-id="omni-log-comment-item"]'],
  /** System events are not comment items. TODO [2026-12-01]: confirm the live markup (guess + demo's role=note). */
  systemItem: [
    '[data-test-id="omni-log-system-message"]',
    '[data-test-id="omni-log-container"] > [role="note"]',
  ],
  bubble: ['[data-test-id="omni-log-item-message"]'],
  content: ['[data-test-id="omni-log-message-content"]', '.zd-comment' /* email comments */],
  sender: [
    '[data-test-id="omni-log-item-sender"] strong',
    '[data-test-id="omni-log-item-sender"]',
    '[data-test-id="omni-log-comment-user-link"]',
  ],
  time: ['time[data-test-id^="timestamp-"][datetime]', 'time[datetime]'],
  noteTag: ['[data-test-id="omni-log-internal-note-tag"]'],
  agentBadge: ['[data-test-id="omni-log-avatar-badge-AgentBadge"]'],
  composer: [
    '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]', // messaging
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]', // email / rich
    '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]', // class: last resort
  ],
} as const;

/** Read/delivered ticks and the parts of an item that are not its words. */
const STRIP = '[data-test-id$="-read-indicator"], [data-test-id$="-delivered-indicator"], time';
const STRIP_ITEM = `${STRIP}, [data-test-id="omni-log-item-sender"], [data-test-id="omni-log-item-via"], [data-test-id="omni-log-internal-note-tag"]`;
const TYPE_ROLE: Record<string, Role> = {
  'end-user': 'customer',
  agent: 'agent',
  bot: 'bot',
  system: 'system',
};
const LAYOUT_ID = /^ticket-(\d+)-standard-layout$/;

export const testUrls = [
  'https://acme.zendesk.com/agent/tickets/123',
  'https://acme.zendesk.com/agent/dashboard',
  'https://demo.zendesk.com:8443/agent/tickets/1042',
] as const;

export const expectations: Expectation[] = [
  ['layout', 'several-tickets.html', 3],
  ['activeLayout', 'several-tickets.html', 1],
  ['item', 'several-tickets.html', 13],
  ['composer', 'several-tickets.html', 3],
  ['noteTag', 'several-tickets.html', 2],
  ['log', 'no-log.html', 0],
  ['layout', 'no-log.html', 1],
];

/** The layout of the ticket the agent sees. */
export function activeLayout(doc: ParentNode): Element | null {
  const active = allMatches<Element>(doc, selectors.activeLayout);
  if (active.length === 1) return active[0] ?? null;
  if (active.length > 1) return active.find(isVisible) ?? null;
  const tabId = firstMatch(doc, selectors.selectedTab)?.el.getAttribute('data-entity-id');
  if (tabId && /^\d+$/.test(tabId)) {
    const byTab = doc.querySelector(`[data-test-id="ticket-${tabId}-standard-layout"]`);
    if (byTab) return byTab;
  }
  return allMatches<Element>(doc, selectors.layout).find(isVisible) ?? null;
}

function layoutId(layout: Element | null): string | null {
  return LAYOUT_ID.exec(layout?.getAttribute('data-test-id') ?? '')?.[1] ?? null;
}

/** Where to look: the active layout, or the page when this variant has no layouts at all. */
function scope(doc: Document): ParentNode | null {
  return activeLayout(doc) ?? (firstMatch(doc, selectors.layout) ? null : doc);
}

/** What one item says, before author inheritance and keys (cached per element while its text is unchanged). */
interface ItemRead {
  role: Role;
  text: string;
  at?: string;
  sender?: string;
  labelAuthor?: string;
}
const itemCache = new WeakMap<Element, { sig: string; read: ItemRead }>();

function readItem(item: Element): ItemRead {
  const at = firstMatch(item, selectors.time)?.el.getAttribute('datetime') ?? undefined;
  const when = at ? { at } : {};
  if (selectors.systemItem.some((s) => item.matches(s)))
    return { role: 'system', text: textOf(item, STRIP), ...when };
  const bubble = firstMatch(item, selectors.bubble)?.el;
  const label = item.getAttribute('aria-label') ?? '';
  const note = firstMatch(item, selectors.noteTag) !== null || /^internal note/i.test(label);
  const type = bubble?.getAttribute('type') ?? '';
  const role: Role = note
    ? 'internal'
    : (TYPE_ROLE[type] ?? (firstMatch(item, selectors.agentBadge) ? 'agent' : 'unknown'));
  const senderEl = firstMatch(item, selectors.sender)?.el;
  const sender = senderEl ? textOf(senderEl) : '';
  const labelAuthor = /\bfrom (.+)$/i.exec(label)?.[1]?.trim();
  const content = firstMatch(item, selectors.content)?.el;
  const text = content ? textOf(content, STRIP) : textOf(bubble ?? item, STRIP_ITEM);
  return { role, text, ...when, ...(sender ? { sender } : {}), ...(labelAuthor ? { labelAuthor } : {}) };
}

/** readItem, skipped when the item's text and label are unchanged (a whole read after an edit or a switch). */
function readItemCached(item: Element): ItemRead {
  const sig = `${item.getAttribute('aria-label')}|${item.textContent}`;
  const hit = itemCache.get(item);
  if (hit?.sig === sig) return hit.read;
  const read = readItem(item);
  itemCache.set(item, { sig, read });
  return read;
}

const ITEM = [...selectors.item, ...selectors.systemItem].join(', ');

function zendeskStep(key: Keyer, prev?: ChatMessage): LogStep {
  return {
    read(item, out) {
      const { role, text, at, sender, labelAuthor } = readItemCached(item);
      // Follow-ups in a sender group have no header: inherit the previous author, then the (English) aria-label.
      const author = sender || (prev?.role === role ? prev.author : undefined) || labelAuthor;
      const fields = { role, text, ...(author ? { author } : {}), ...(at ? { at } : {}) };
      prev = message(key(fields), role, text, author, at);
      out.push(prev);
    },
    fork: () => zendeskStep(key.fork(), prev),
  };
}

const log: LogFold = { itemSelector: () => ITEM, start: () => zendeskStep(createKeyer('zd:')) };

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  confidence: 'high',
  matches: (url) => isBuiltInUrl(url, 'zendesk'),
  detect: (doc) =>
    [selectors.tablist, selectors.layout, selectors.log, selectors.composer].some(
      (s) => firstMatch(doc, s) !== null,
    ),
  conversationKey(doc, url) {
    const id =
      layoutId(activeLayout(doc)) ??
      firstMatch(doc, selectors.selectedTab)?.el.getAttribute('data-entity-id') ??
      /\/agent\/tickets\/(\d+)/.exec(url.pathname)?.[1];
    return id ? `zendesk:${url.hostname}:${id}` : null;
  },
  logRoot(doc) {
    const where = scope(doc);
    return where ? (firstMatch<Element>(where, selectors.log)?.el ?? null) : null;
  },
  log,
  readMessages: (root) => readLog(log, root),
  customerName(doc) {
    const tab = firstMatch(doc, selectors.selectedTab)?.el;
    const title = tab ? firstMatch(tab, selectors.tabTitle)?.el : undefined;
    const name = title?.getAttribute('title') ?? (title ? textOf(title) : '');
    if (name) return name;
    const root = zendesk.logRoot(doc);
    return root
      ? zendesk.readMessages(root).find((m) => m.role === 'customer' && m.author)?.author
      : undefined;
  },
  composer(doc) {
    const where = scope(doc);
    const el = where ? firstMatch(where, selectors.composer)?.el : undefined;
    return el ? { el, kind: detectEditorKind(el) } : null;
  },
  health(doc, url) {
    const where = scope(doc);
    const log = where ? firstMatch<Element>(where, selectors.log) : null;
    return {
      conversation: zendesk.conversationKey(doc, url)
        ? layoutId(activeLayout(doc))
          ? 'activeLayout'
          : 'tab/url'
        : null,
      log: log?.sel ?? null,
      messages: log ? matchedSel(log.el, selectors.item) : null,
      composer: where ? matchedSel(where, selectors.composer) : null,
    };
  },
  switchAttributes: ['data-is-active', 'data-entity-is-selected', 'data-selected', 'hidden'],
};
