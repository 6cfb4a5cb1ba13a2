/**
 * Who wrote an Intercom part, for both inbox generations; beside lib/sites/intercom.ts, whose selector
 * table it reads through `RoleHooks`. In order: the (user-reported) `data-part-group-category` of the group or part,
 * the 2025 group hints (author type, alignment classes), a note marker, the 2026 admin marker, and last the bubble's
 * side of the stream (bubble-side.ts), the only hint 2026 customer and bot rows carry. Never dropped: `unknown` at
 * worst, and a note never reads as the customer.
 */
import type { Role } from '../chat';
import { type Bubble, sideFor } from './bubble-side';
import { firstMatch } from './dom';
import type { Sel } from './types';

/** The adapter's selectors the rules need. */
export interface RoleHooks {
  note: Sel;
  admin: Sel;
  /** The stream, joined into one selector (a part's `closest`). */
  stream: string;
}

/** data-part-group-category → role: 1 customer, 3 teammate, 4 note, 5 bot, 20 automated/system. */
const CATEGORY_ROLE: Record<string, Role> = {
  '1': 'customer',
  '3': 'agent',
  '4': 'internal',
  '5': 'bot',
  '20': 'system',
};
/** The bubble's side of the stream (2026 rows carry no alignment class; SCI 70503028210 reads roles this way). */
const SIDE_ROLE: Record<string, Role> = { right: 'agent', left: 'customer' };

/** The category of the group (or part) or the nearest one around it. */
function categoryRole(el: Element): Role | undefined {
  const cat = el.closest('[data-part-group-category]')?.getAttribute('data-part-group-category');
  return cat ? CATEGORY_ROLE[cat] : undefined;
}

/** 2025 hints on a group without a category: explicit author type, then layout alignment (SCI). */
function hintRole(group: Element): Role | undefined {
  const type = group.getAttribute('data-author-type') ?? '';
  if (/user|lead|contact|customer/.test(type)) return 'customer';
  if (/admin|teammate/.test(type)) return 'agent';
  if (/bot/.test(type)) return 'bot';
  if (group.matches('.justify-end, .flex-row-reverse')) return 'agent';
  if (group.matches('.justify-start')) return 'customer';
  return undefined;
}

/** The role from the markup alone (category, hints, note marker, admin marker); undefined when only the side tells. */
export function roleWithoutLayout(group: Element, part: Element, hooks: RoleHooks): Role | undefined {
  return (
    categoryRole(part) ??
    hintRole(group) ??
    (firstMatch(part, hooks.note) ? 'internal' : undefined) ??
    (firstMatch(part, hooks.admin) ? 'agent' : undefined)
  );
}

/** A part's role: from the markup, else the bubble's side of the stream, else `unknown`. */
export function partRole(group: Element, part: Element, bubble: Element, hooks: RoleHooks): Role {
  return (
    roleWithoutLayout(group, part, hooks) ??
    SIDE_ROLE[sideFor(bubble, part.closest(hooks.stream)) ?? ''] ??
    'unknown'
  );
}

/** The bubble of a part whose role only its side can tell, else null (nothing to measure). */
export function bubbleToMeasure(
  group: Element,
  part: Element,
  bubble: Element,
  hooks: RoleHooks,
): Bubble | null {
  if (roleWithoutLayout(group, part, hooks) !== undefined) return null;
  return { bubble, stream: part.closest(hooks.stream) };
}
