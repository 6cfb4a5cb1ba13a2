/**
 * Intercom Inbox (helpdesk-dom.md §1.2). Ember app, ProseMirror composer, message groups carrying the
 * (undocumented, user-reported) `data-part-group-category` codes.
 *
 * Test URLs: https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001,
 * https://app.intercom.com:8443/a/inbox/demo/inbox/shared/all/conversation/7001 (demo).
 * Fixtures: tests/fixtures/sites/intercom/*.html (notes, bots, system events, a conversation switch, a page
 * without the stream). Intercom renames classes (inbox2__ → inbox-2__, Tailwind group/content-part in 2026), so
 * data attributes come first and classes are fallbacks.
 */
import type { Role } from '../chat';
import { detectEditorKind } from '../insert/detect';
import {
  allMatches,
  createKeyer,
  createUniqueKeys,
  firstMatch,
  hashText,
  type Keyer,
  matchedSel,
  message,
  type UniqueKeys,
} from './dom';
import { isBuiltInUrl } from './built-in-hosts';
import { readLog } from './log-reader';
import { textOf } from './text';
import type { Expectation, LogFold, LogStep, SiteAdapter } from './types';

export const selectors = {
  stream: [
    '[data-testid="conversation-stream-scroll-container"]',
    '[data-conversation-stream]',
    '[data-intercom-target-conversation-stream]',
    '.inbox-2__conversation-stream', // 2025 class
    '.inbox2__conversation-stream', // TODO [2027-01-01]: drop the pre-2025 class
  ],
  group: ['[data-part-group-id]'],
  part: [
    '[data-part-id]',
    '[data-intercom-part-id]',
    '[class*="group/content-part"]', // 2026 Tailwind group name (SCI changelog 3.1.0)
    '.inbox-2__conversation-part',
  ],
  body: [
    '.interblocks-html',
    '.inbox-2__break-words',
    '.inbox2__break-words',
    '.inbox-2__user-email-content',
  ],
  /** No public source for Intercom timestamps: a plain <time datetime> is a guess. */
  time: ['time[datetime]'],
  /** No public source for the author either: the avatar's accessible name, as the demo has it. */
  avatar: ['.inbox2__avatar[aria-label]', '.inbox2__avatar[title]'],
  title: ['[data-inbox-conversation-header-title]', 'span[data-conversation-title]'],
  composer: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '[data-conversation-reply-composer] [contenteditable="true"][role="textbox"]',
  ],
} as const;

/** data-part-group-category → role: 1 customer, 3 teammate, 4 note, 5 bot, 20 automated/system. */
const CATEGORY_ROLE: Record<string, Role> = {
  '1': 'customer',
  '3': 'agent',
  '4': 'internal',
  '5': 'bot',
  '20': 'system',
};
const STRIP = 'time, .inbox2__avatar, [class*="note-label"]';
/** The inbox area (any view); conversations are opened inside it by SPA navigation. */
const INBOX = /^\/a\/(?:inbox|apps\/[\w-]+\/inbox)\//;
const PATH = /^\/a\/(?:inbox|apps)\/([\w-]+)\/.*?\bconversation\/(\d+)/;

export const testUrls = [
  'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001',
  'https://app.eu.intercom.com/a/inbox/abc123/inbox/admin/42/conversation/99',
  'https://app.intercom.com:8443/a/inbox/demo/inbox/shared/all/conversation/7001',
] as const;

export const expectations: Expectation[] = [
  ['stream', 'conversation.html', 1],
  ['group', 'conversation.html', 7],
  ['part', 'conversation.html', 9],
  ['composer', 'conversation.html', 1],
  ['title', 'conversation.html', 1],
  ['stream', 'no-stream.html', 0],
];

function roleOf(group: Element): Role {
  const byCategory = CATEGORY_ROLE[group.getAttribute('data-part-group-category') ?? ''];
  if (byCategory) return byCategory;
  // Ranked fallbacks (SCI): explicit author type, then layout alignment. Never drop: `unknown` at worst.
  const type = group.getAttribute('data-author-type') ?? '';
  if (/user|lead|contact|customer/.test(type)) return 'customer';
  if (/admin|teammate/.test(type)) return 'agent';
  if (/bot/.test(type)) return 'bot';
  if (group.matches('.justify-end, .flex-row-reverse')) return 'agent';
  if (group.matches('.justify-start')) return 'customer';
  return 'unknown';
}

function authorOf(group: Element): string | undefined {
  const avatar = firstMatch(group, selectors.avatar)?.el;
  return avatar?.getAttribute('aria-label') || avatar?.getAttribute('title') || undefined;
}

interface PartRead {
  id: string | null;
  role: Role;
  text: string;
  author?: string;
  at?: string;
}
const groupCache = new WeakMap<Element, { sig: string; parts: PartRead[] }>();

function readGroup(group: Element): PartRead[] {
  const role = roleOf(group);
  const author = authorOf(group);
  const parts = group.matches(selectors.part.join(', '))
    ? [group]
    : allMatches<Element>(group, selectors.part);
  const out: PartRead[] = [];
  for (const part of parts.length > 0 ? parts : [group]) {
    const body = firstMatch<Element>(part, selectors.body)?.el;
    const text = textOf(body ?? part, STRIP);
    if (!text) continue;
    const at = firstMatch(part, selectors.time)?.el.getAttribute('datetime') ?? undefined;
    const id = part.getAttribute('data-part-id') ?? part.getAttribute('data-intercom-part-id');
    out.push({ id, role, text, ...(author ? { author } : {}), ...(at ? { at } : {}) });
  }
  return out;
}

/** readGroup, skipped while the group's category and text are unchanged (a whole read after an edit or a switch). */
function readGroupCached(group: Element): PartRead[] {
  const sig = `${group.getAttribute('data-part-group-category')}|${group.childElementCount}|${group.textContent}`;
  const hit = groupCache.get(group);
  if (hit?.sig === sig) return hit.parts;
  const parts = readGroup(group);
  groupCache.set(group, { sig, parts });
  return parts;
}

function intercomStep(key: Keyer, unique: UniqueKeys): LogStep {
  return {
    read(group, out) {
      for (const { id, role, text, author, at } of readGroupCached(group)) {
        const fields = { role, text, ...(author ? { author } : {}), ...(at ? { at } : {}) };
        out.push(message(unique(id ? `ic:${id}` : key(fields)), role, text, author, at));
      }
    },
    fork: () => intercomStep(key.fork(), unique.fork()),
  };
}

const log: LogFold = {
  // Older UIs without groups: every part stands alone, its role from its own attributes.
  itemSelector: (root) =>
    matchedSel(root, selectors.group) ?? matchedSel(root, selectors.part) ?? selectors.group[0],
  // A part id can repeat on the page (see createUniqueKeys).
  start: () => intercomStep(createKeyer('ic:'), createUniqueKeys()),
};

export const intercom: SiteAdapter = {
  id: 'intercom',
  confidence: 'high',
  matches: (url) => isBuiltInUrl(url, 'intercom') && INBOX.test(url.pathname),
  detect: (doc) =>
    [selectors.stream, selectors.composer, selectors.title].some((s) => firstMatch(doc, s) !== null),
  conversationKey(doc, url) {
    const m = PATH.exec(url.pathname);
    if (m) return `intercom:${m[1]}:${m[2]}`;
    // Without an id in the URL: the header's conversation id, else its title (low confidence, but stable).
    const title = firstMatch(doc, selectors.title)?.el;
    const id = title?.closest('[data-conversation-id]')?.getAttribute('data-conversation-id');
    if (id) return `intercom:${id}`;
    return title ? `intercom:title:${hashText(textOf(title))}` : null;
  },
  logRoot: (doc) => firstMatch<Element>(doc, selectors.stream)?.el ?? null,
  log,
  readMessages: (root) => readLog(log, root),
  customerName(doc) {
    const title = firstMatch(doc, selectors.title)?.el;
    return (title && textOf(title)) || undefined;
  },
  composer(doc) {
    const el = firstMatch(doc, selectors.composer)?.el;
    return el ? { el, kind: detectEditorKind(el) } : null;
  },
  health(doc, url) {
    const stream = firstMatch<Element>(doc, selectors.stream);
    return {
      conversation: PATH.test(url.pathname) ? 'url' : matchedSel(doc, selectors.title),
      log: stream?.sel ?? null,
      messages: stream
        ? (matchedSel(stream.el, selectors.group) ?? matchedSel(stream.el, selectors.part))
        : null,
      composer: matchedSel(doc, selectors.composer),
    };
  },
  switchAttributes: ['data-conversation-id'],
};
