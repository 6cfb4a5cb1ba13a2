/**
 * Intercom Inbox (helpdesk-dom.md §1.2 and §7), both generations:
 * - 2025: Ember classes, message groups with the (undocumented, user-reported) `data-part-group-category` codes,
 *   parts `[data-part-id]`, bodies `.interblocks-html`, rows aligned by `justify-start`/`justify-end`.
 * - 2026: the inbox app renders inside the OPEN shadow root of `#teammate-app-react` (found through dom.ts
 *   `deepFirstMatch`); parts `[data-intercom-target="conversation-stream-content-part"]`, bodies
 *   `.intercom-interblocks-html`, classes `inbox-2__…`, agent parts carry `[data-testid="admin-avatar-name"]`, rows
 *   carry no alignment class: the role is the category when present, else the admin marker, else which side of the
 *   stream the bubble sits on (intercom-roles.ts; the side is measured without forcing a layout: bubble-side.ts).
 *
 * Test URLs: https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001,
 * https://app.intercom.com:8443/a/inbox/demo/inbox/shared/all/conversation/7001 (demo, 2025),
 * https://app.intercom.com:8443/a/inbox/demo-2026/inbox/shared/all/conversation/7001 (demo, 2026).
 * Fixtures: tests/fixtures/sites/intercom/*.html (notes, bots, system events, a conversation switch, a page
 * without the stream; inbox-2026*.html: the app in an open shadow root, and one in a closed root). Intercom renames
 * classes (inbox2__ → inbox-2__, Tailwind group/content-part in 2026), so data attributes come first.
 *
 * Evidence (search tool ids, third-party code, read not copied): SCI "Support Copilot for Intercom" 70503028210 and
 * its changelog 70558390292 (stream hooks, group/content-part, categories, side-of-stream roles); "Intercom Focus"
 * 61459146618 (#teammate-app-react shadow root, May 2026); 18525760070 and 42430175079 (content-part target,
 * admin-avatar-name, .intercom-interblocks-html, the composer); Red Hat Selenium 16985210830 (category 4 = note);
 * clockify/browser-extension src/integrations/intercom.js (header title). Page facts and typing: no public source
 * shows the markup of the conversation details panel, a conversation's title or the typing indicator (searched
 * extensions and userscripts, Dec 2026): the `subject`, `details`, `detailsEmail`, `detailsName` and `typing`
 * rows are guesses, the demo carries them, and they read nothing on a page without them.
 */
import type { Role } from '../chat';
import { detectEditorKind } from '../insert/detect';
import { measureSides } from './bubble-side';
import { isBuiltInUrl } from './built-in-hosts';
import {
  allMatches,
  createKeyer,
  createUniqueKeys,
  deepFirstMatch,
  deepMatchedSel,
  firstMatch,
  hashText,
  type Keyer,
  matchedSel,
  message,
  type UniqueKeys,
} from './dom';
import { intercomNoteMode } from './intercom-note';
import { bubbleToMeasure, partRole, type RoleHooks } from './intercom-roles';
import { readLog } from './log-reader';
import { emailOf, fieldText, indicatorShows, pageFactsOf } from './page-fields';
import { closedShadowHealth } from './shadow';
import { textOf } from './text';
import type { Expectation, LogFold, LogStep, SiteAdapter } from './types';

export const selectors = {
  stream: [
    '[data-testid="conversation-stream-scroll-container"]', // 2025 and 2026 (SCI)
    '[data-conversation-stream]',
    '[data-intercom-target-conversation-stream]',
    '.inbox-2__conversation-stream', // 2025–2026 class (SCI)
    '.inbox2__conversation-stream', // TODO [2027-01-01]: drop the pre-2025 class
  ],
  group: ['[data-part-group-id]'], // "legacy" by SCI's 2026 changelog, still read while present
  part: [
    '[data-part-id]',
    '[data-intercom-part-id]',
    '[data-intercom-target="conversation-stream-content-part"]', // 2026 (18525760070)
    '[class*="group/content-part"]', // 2026 Tailwind group name (SCI changelog 3.1.0)
    '.inbox-2__conversation-part',
  ],
  body: [
    '.interblocks-html',
    '.intercom-interblocks-html', // 2026 (18525760070)
    '.inbox-2__break-words',
    '.inbox2__break-words',
    '.inbox-2__user-email-content',
  ],
  /** A teammate's part (2026): the admin's name under the avatar (18525760070). */
  admin: ['[data-testid="admin-avatar-name"]'],
  /** No public source for a 2026 note's markup: a guess. Unmarked notes read as agent, never as customer. */
  note: ['[class*="inbox-2__note"]', '[class*="note-label"]'],
  /** No public source for Intercom timestamps: a plain <time datetime> is a guess. */
  time: ['time[datetime]'],
  /** No public source for the 2025 author either: the avatar's accessible name, as the demo has it. */
  avatar: ['.inbox2__avatar[aria-label]', '.inbox2__avatar[title]'],
  title: ['[data-inbox-conversation-header-title]', 'span[data-conversation-title]'],
  /** A conversation's (ticket's) title in the header, beside the customer's name. Guess (see above). */
  subject: ['[data-conversation-header-subject]', '[data-testid="conversation-header-subject"]'],
  /** The conversation details / user attributes side panel. Guess (see above). */
  details: ['[data-testid="conversation-details-sidebar"]', '[data-conversation-details]'],
  detailsEmail: ['[data-attribute-name="email"]', 'a[href^="mailto:"]'],
  detailsName: ['[data-attribute-name="name"]'],
  /** The customer's typing indicator under the stream. Guess (see above). */
  typing: ['[data-testid="typing-indicator"]', '[data-conversation-typing-indicator]'],
  /** The composer's Note tab: `note-tab` target from Tag Enforcer 22916530167 (pre-2025); none found for 2026. */
  noteTab: ['[data-intercom-target="note-tab"]'],
  composer: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]', // 2026 too (42430175079)
    '[data-conversation-reply-composer] [contenteditable="true"][role="textbox"]',
  ],
} as const;

const STRIP = 'time, .inbox2__avatar, [class*="note-label"], [data-testid="admin-avatar-name"]';
const PART = selectors.part.join(', ');
const HOOKS: RoleHooks = {
  note: selectors.note,
  admin: selectors.admin,
  stream: selectors.stream.join(', '),
};
/** The inbox area (any view); conversations are opened inside it by SPA navigation. */
const INBOX = /^\/a\/(?:inbox|apps\/[\w-]+\/inbox)\//;
const PATH = /^\/a\/(?:inbox|apps)\/([\w-]+)\/.*?\bconversation\/(\d+)/;

export const testUrls = [
  'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001',
  'https://app.eu.intercom.com/a/inbox/abc123/inbox/admin/42/conversation/99',
  'https://app.au.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/12',
  'https://app.intercom.com:8443/a/inbox/demo/inbox/shared/all/conversation/7001',
  'https://app.intercom.com:8443/a/inbox/demo-2026/inbox/shared/all/conversation/7001',
] as const;

export const expectations: Expectation[] = [
  ['stream', 'conversation.html', 1],
  ['group', 'conversation.html', 7],
  ['part', 'conversation.html', 9],
  ['composer', 'conversation.html', 1],
  ['title', 'conversation.html', 1],
  ['stream', 'no-stream.html', 0],
  // 2026: counted inside the open shadow root (the expectations test looks there too).
  ['stream', 'inbox-2026.html', 1],
  ['group', 'inbox-2026.html', 0],
  ['part', 'inbox-2026.html', 7],
  ['body', 'inbox-2026.html', 7],
  ['admin', 'inbox-2026.html', 3],
  ['composer', 'inbox-2026.html', 1],
  ['title', 'inbox-2026.html', 1],
  ['stream', 'inbox-2026-closed.html', 0],
];

/** The avatar's name (2025), else the admin's name on the part (2026). */
function authorOf(group: Element, part: Element): string | undefined {
  const avatar = firstMatch(group, selectors.avatar)?.el;
  const named = avatar?.getAttribute('aria-label') || avatar?.getAttribute('title');
  if (named) return named;
  const admin = firstMatch(part, selectors.admin)?.el;
  return (admin && textOf(admin)) || undefined;
}

interface PartRead {
  id: string | null;
  role: Role;
  text: string;
  author?: string;
  at?: string;
}
const groupCache = new WeakMap<Element, { sig: string; parts: PartRead[] }>();

/** A group's parts (a 2026 item is a part itself; a part-less group stands for its one message). */
function partsOf(group: Element): Element[] {
  if (group.matches(PART)) return [group];
  const parts = allMatches<Element>(group, selectors.part);
  return parts.length > 0 ? parts : [group];
}

/** The part's message body, whose box is the bubble's (the part itself spans the row). */
const bodyOf = (part: Element) => firstMatch<Element>(part, selectors.body)?.el ?? part;

function readGroup(group: Element): PartRead[] {
  const out: PartRead[] = [];
  for (const part of partsOf(group)) {
    const body = bodyOf(part);
    const text = textOf(body, STRIP);
    if (!text) continue;
    const role = partRole(group, part, body, HOOKS);
    const author = authorOf(group, part);
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
  // A side read without layout (a tab in the background) is not kept: read it again once there is layout.
  if (!parts.some((p) => p.role === 'unknown')) groupCache.set(group, { sig, parts });
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
  // The boxes of the new bubbles only the side can tell, in one report from the browser's own layout (bubble-side.ts).
  prepare: (groups) =>
    measureSides(
      groups.flatMap((group) =>
        partsOf(group).flatMap((part) => bubbleToMeasure(group, part, bodyOf(part), HOOKS) ?? []),
      ),
    ),
};

export const intercom: SiteAdapter = {
  id: 'intercom',
  confidence: 'high',
  matches: (url) => isBuiltInUrl(url, 'intercom') && INBOX.test(url.pathname),
  detect: (doc) =>
    [selectors.stream, selectors.composer, selectors.title].some((s) => deepFirstMatch(doc, s) !== null),
  conversationKey(doc, url) {
    const m = PATH.exec(url.pathname);
    if (m) return `intercom:${m[1]}:${m[2]}`;
    // Without an id in the URL: the header's conversation id, else its title (low confidence, but stable).
    const title = deepFirstMatch(doc, selectors.title)?.el;
    const id = title?.closest('[data-conversation-id]')?.getAttribute('data-conversation-id');
    if (id) return `intercom:${id}`;
    return title ? `intercom:title:${hashText(textOf(title))}` : null;
  },
  logRoot: (doc) => deepFirstMatch<Element>(doc, selectors.stream)?.el ?? null,
  log,
  readMessages: (root) => readLog(log, root),
  customerName(doc) {
    const title = deepFirstMatch(doc, selectors.title)?.el;
    if (title && textOf(title)) return textOf(title);
    const details = deepFirstMatch(doc, selectors.details)?.el;
    return (details && fieldText(firstMatch(details, selectors.detailsName)?.el)) || undefined;
  },
  pageFacts(doc) {
    const details = deepFirstMatch(doc, selectors.details)?.el;
    const email = details ? emailOf(fieldText(firstMatch(details, selectors.detailsEmail)?.el)) : undefined;
    return pageFactsOf(email, fieldText(deepFirstMatch(doc, selectors.subject)?.el));
  },
  typing(doc) {
    const el = deepFirstMatch<Element>(doc, selectors.typing)?.el;
    return el ? { el, typing: indicatorShows(el) } : null;
  },
  composer(doc) {
    const el = deepFirstMatch(doc, selectors.composer)?.el;
    return el ? { el, kind: detectEditorKind(el) } : null;
  },
  health(doc, url) {
    const stream = deepFirstMatch<Element>(doc, selectors.stream);
    return {
      conversation: PATH.test(url.pathname) ? 'url' : deepMatchedSel(doc, selectors.title),
      log: stream?.sel ?? null,
      messages: stream
        ? (matchedSel(stream.el, selectors.group) ?? matchedSel(stream.el, selectors.part))
        : null,
      composer: deepMatchedSel(doc, selectors.composer),
      ...(stream ? {} : closedShadowHealth(doc)),
    };
  },
  switchAttributes: ['data-conversation-id'],
  noteMode: intercomNoteMode(selectors),
};
