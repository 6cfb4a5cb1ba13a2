import { clock, initials, longDate } from '../shared/data';
import { h, svg } from '../shared/dom';
import type { Message } from '../shared/types';

const TYPE = { customer: 'end-user', agent: 'agent', note: 'agent', bot: 'bot' } as const;
const CHECKS = 'M1.5 8.5l3 3 6-7M6.5 11.5l1 1 6-7';

/** Zendesk's grouping: a message from the same author right after another has no sender header. */
export function groupKey(m: Message): string {
  return m.from === 'note' || m.from === 'system' ? `${m.from}|${Math.random()}` : `${m.from}|${m.name}`;
}

/** Stable fake user id per name, for the sender link (/agent/users/<id>). */
function userId(name: string): number {
  let n = 7;
  for (const c of name) n = (n * 31 + c.charCodeAt(0)) % 90_000;
  return 10_000 + n;
}

/**
 * Which Agent Workspace markup the demo shows. `2026` (`?variant=2026`) carries the variants production
 * extensions report: a note marked only by its bubble's `type="internal"` (no note tag, no "Internal note" label,
 * ZDStyling 61566594905), and an `aria-hidden` duplicate of each customer bubble kept for layout (ZDTranscript
 * 61431380336); ticket.ts and main.ts add the rest (panes hidden by visibility, aria-current tabs, show more).
 */
export type Variant = 'classic' | '2026';

/** The log items for one message: the item, and in the 2026 variant a hidden duplicate of a customer's bubble. */
export function renderItems(m: Message, followUp: boolean, variant: Variant = 'classic'): HTMLElement[] {
  const item = renderItem(m, followUp, variant);
  if (variant !== '2026' || m.from !== 'customer') return [item];
  const duplicate = h(
    'article',
    {
      'data-test-id': 'omni-log-comment-item',
      'aria-label': `Message from ${m.name}`,
      class: 'zd-item--dup',
    },
    h(
      'div',
      {
        'data-test-id': 'omni-log-item-message',
        type: TYPE.customer,
        mode: 'standalone',
        'aria-hidden': 'true',
      },
      h('div', { 'data-test-id': 'omni-log-message-content' }, m.text),
    ),
  );
  return [item, duplicate];
}

/**
 * One log item, shaped like Agent Workspace's (helpdesk-dom.md §1.1): article[data-test-id=omni-log-comment-item]
 * with a sender header only on the first message of a group, `type` on the bubble, a read indicator on agent messages
 * and an internal-note tag on notes (2026 variant: `type="internal"` instead). System lines are plain events.
 */
export function renderItem(m: Message, followUp: boolean, variant: Variant = 'classic'): HTMLElement {
  const time = h(
    'time',
    { 'data-test-id': 'timestamp-relative', datetime: m.at.toISOString(), title: longDate(m.at) },
    clock(m.at),
  );
  if (m.from === 'system') return h('div', { class: 'zd-event', role: 'note' }, m.text, ' · ', time);
  const note = m.from === 'note';
  const typedNote = note && variant === '2026';
  const agentish = m.from === 'agent' || note;
  const label = `${note && !typedNote ? 'Internal note' : typedNote ? 'Comment' : 'Message'} from ${m.name}`;
  const avatar = followUp
    ? h('div', { class: 'zd-avatar zd-avatar--spacer' })
    : h(
        'div',
        { class: `zd-avatar zd-avatar--${m.from}` },
        initials(m.name),
        agentish
          ? svg({ 'data-test-id': 'omni-log-avatar-badge-AgentBadge', class: 'zd-badge' }, CHECKS)
          : null,
      );
  const header = followUp
    ? null
    : h(
        'div',
        { class: 'zd-item__head' },
        h(
          'span',
          { 'data-test-id': 'omni-log-item-sender' },
          h('a', { href: `/agent/users/${userId(m.name)}` }, h('strong', {}, m.name)),
        ),
        note ? null : h('span', { 'data-test-id': 'omni-log-item-via', class: 'zd-via' }, 'via messaging'),
        time,
      );
  const content = h(
    'div',
    { 'data-test-id': 'omni-log-message-content', 'data-originated-from': '', class: 'multiline' },
    m.text,
  );
  const bubble = h(
    'div',
    {
      'data-test-id': 'omni-log-item-message',
      type: typedNote ? 'internal' : TYPE[m.from],
      mode: 'standalone',
      class: 'zd-bubble',
    },
    content,
    m.from === 'agent'
      ? svg({ 'data-test-id': 'convo-log-item-read-indicator', class: 'zd-read' }, CHECKS)
      : null,
  );
  return h(
    'article',
    {
      'data-test-id': 'omni-log-comment-item',
      'aria-label': label,
      class: `zd-item zd-item--${m.from}${followUp ? ' zd-item--follow-up' : ''}`,
    },
    avatar,
    h(
      'div',
      { class: 'zd-item__body' },
      note && !typedNote
        ? h('div', { 'data-test-id': 'omni-log-internal-note-tag', class: 'zd-note-tag' }, 'Internal note')
        : null,
      header,
      followUp ? h('span', { class: 'zd-follow-time' }, time) : null,
      bubble,
    ),
  );
}
