/**
 * Reading one Zendesk log item (split from lib/sites/zendesk.ts, whose selector table it reads through `ItemHooks`):
 * the role from the bubble's `type` (`internal` notes in some builds), the note tag or the aria-label, the
 * agent badge; an item whose only bubble is an `aria-hidden` duplicate is skipped; text without ticks and times.
 */
import type { Role } from '../chat';
import { firstMatch } from './dom';
import { textOf } from './text';
import type { Sel } from './types';

/** The adapter's selectors an item read needs. */
export interface ItemHooks {
  time: Sel;
  systemItem: Sel;
  bubble: Sel;
  noteTag: Sel;
  agentBadge: Sel;
  sender: Sel;
  content: Sel;
}

/** Read/delivered ticks and the parts of an item that are not its words. */
const STRIP = '[data-test-id$="-read-indicator"], [data-test-id$="-delivered-indicator"], time';
const STRIP_ITEM = `${STRIP}, [data-test-id="omni-log-item-sender"], [data-test-id="omni-log-item-via"], [data-test-id="omni-log-internal-note-tag"]`;
const TYPE_ROLE: Record<string, Role> = {
  'end-user': 'customer',
  agent: 'agent',
  bot: 'bot',
  system: 'system',
  internal: 'internal', // notes in some builds (ZDStyling 61566594905)
};

/** What one item says, before author inheritance and keys (cached per element while its text is unchanged). */
export interface ItemRead {
  role: Role;
  text: string;
  at?: string;
  sender?: string;
  labelAuthor?: string;
}
const itemCache = new WeakMap<Element, { sig: string; read: ItemRead | null }>();

function readItem(item: Element, hooks: ItemHooks): ItemRead | null {
  const at = firstMatch(item, hooks.time)?.el.getAttribute('datetime') ?? undefined;
  const when = at ? { at } : {};
  if (hooks.systemItem.some((s) => item.matches(s)))
    return { role: 'system', text: textOf(item, STRIP), ...when };
  // A duplicate the page keeps for layout is aria-hidden: read the shown bubble, skip an item with none (61431380336).
  const bubble = firstMatch<Element>(item, hooks.bubble, (b) => b.getAttribute('aria-hidden') !== 'true')?.el;
  if (!bubble && firstMatch(item, hooks.bubble)) return null;
  const label = item.getAttribute('aria-label') ?? '';
  const note = firstMatch(item, hooks.noteTag) !== null || /^internal note/i.test(label);
  const type = bubble?.getAttribute('type') ?? '';
  const role: Role = note
    ? 'internal'
    : (TYPE_ROLE[type] ?? (firstMatch(item, hooks.agentBadge) ? 'agent' : 'unknown'));
  const senderEl = firstMatch(item, hooks.sender)?.el;
  const sender = senderEl ? textOf(senderEl) : '';
  const labelAuthor = /\bfrom (.+)$/i.exec(label)?.[1]?.trim();
  const content = firstMatch(item, hooks.content)?.el;
  const text = content ? textOf(content, STRIP) : textOf(bubble ?? item, STRIP_ITEM);
  return { role, text, ...when, ...(sender ? { sender } : {}), ...(labelAuthor ? { labelAuthor } : {}) };
}

/** readItem, skipped when the item's text and label are unchanged (a whole read after an edit or a switch). */
export function readItemCached(item: Element, hooks: ItemHooks): ItemRead | null {
  const sig = `${item.getAttribute('aria-label')}|${item.textContent}`;
  const hit = itemCache.get(item);
  if (hit?.sig === sig) return hit.read;
  const read = readItem(item, hooks);
  itemCache.set(item, { sig, read });
  return read;
}
