import { clock, initials, longDate, textLines } from '../shared/data';
import { h, stickToBottom } from '../shared/dom';
import type { Author, Message } from '../shared/types';

/** Intercom's part-group categories (helpdesk-dom.md §1.2): reported, not documented. */
export const CATEGORY: Record<Author, string> = {
  customer: '1',
  agent: '3',
  note: '4',
  bot: '5',
  system: '20',
};

/** Which Intercom inbox the demo shows: 2025 markup in the page, or 2026 markup in a shadow root. */
export type Generation = '2025' | '2026';

export interface Stream {
  el: HTMLElement;
  render(messages: readonly Message[]): void;
  append(m: Message): void;
}

/**
 * The conversation stream. 2025: consecutive messages of one author share a part group
 * (`[data-part-group-id][data-part-group-category]`), each message is a part (`.group/content-part[data-part-id]`).
 * 2026: one row per message, no groups, no category, no alignment class (part2026).
 */
export function createStream(generation: Generation = '2025'): Stream {
  const el = h(
    'div',
    generation === '2025'
      ? {
          'data-testid': 'conversation-stream-scroll-container',
          'data-conversation-stream': '',
          'data-intercom-target-conversation-stream': '',
          class: 'ic-stream',
        }
      : {
          'data-testid': 'conversation-stream-scroll-container',
          class: 'inbox-2__conversation-stream ic-stream',
        },
  );
  const scroll = stickToBottom(el);
  let group: HTMLElement | null = null;
  let groupKey = '';
  let ids = 0;

  const append = (m: Message) => {
    if (generation === '2026') {
      el.append(part2026(m));
      scroll();
      return;
    }
    const key = `${m.from}|${m.name}`;
    if (!group || key !== groupKey || m.from === 'system') {
      group = newGroup(m, ++ids);
      groupKey = key;
      el.append(group);
    }
    group.append(part(m, ++ids));
    scroll();
  };
  return {
    el,
    append,
    render(messages) {
      el.replaceChildren();
      group = null;
      groupKey = '';
      for (const m of messages) append(m);
    },
  };
}

function newGroup(m: Message, id: number): HTMLElement {
  const customer = m.from === 'customer';
  const group = h('div', {
    'data-part-group-id': `g${id}`,
    'data-part-group-category': CATEGORY[m.from],
    class: `flex ${customer ? 'justify-start' : 'justify-end'} ic-group ic-group--${m.from}`,
  });
  if (m.from === 'system') return group;
  const avatar = h('div', { class: 'inbox2__avatar', title: m.name, 'aria-label': m.name }, initials(m.name));
  // Customers get initials on a colour, teammates a "photo" (a gradient here: nothing is fetched).
  if (customer) avatar.style.backgroundColor = 'rgb(120, 80, 200)';
  else avatar.style.backgroundImage = 'linear-gradient(135deg, #2f6fed, #1b3d91)';
  group.append(avatar);
  return group;
}

function part(m: Message, id: number): HTMLElement {
  const body = h('div', { class: 'interblocks-html inbox-2__break-words' });
  for (const line of textLines(m.text)) body.append(h('p', {}, line));
  return h(
    'div',
    { class: 'group/content-part ic-part', 'data-part-id': `p${id}` },
    m.from === 'note' ? h('span', { class: 'ic-note-label' }, `Note · ${m.name}`) : null,
    body,
    h('time', { datetime: m.at.toISOString(), title: longDate(m.at) }, clock(m.at)),
  );
}

/**
 * A 2026 row (helpdesk-dom.md §7): `[data-intercom-target="conversation-stream-content-part"]`, the body in
 * `.intercom-interblocks-html`, a teammate's name as `[data-testid="admin-avatar-name"]`. Nothing names the author's
 * kind: the bubble's side (inline margins, as Tailwind utilities would place it) is all a reader has for customers
 * and bots. A note carries the admin's name and a note label.
 */
function part2026(m: Message): HTMLElement {
  const body = h('div', { class: 'intercom-interblocks-html inbox-2__break-words' });
  for (const line of textLines(m.text)) body.append(h('p', {}, line));
  const admin = m.from === 'agent' || m.from === 'note';
  const bubble = h(
    'div',
    { class: 'ic-part ic2-bubble' },
    admin ? h('span', { 'data-testid': 'admin-avatar-name', class: 'ic2-name' }, m.name) : null,
    m.from === 'bot' ? h('span', { class: 'ic2-name' }, m.name) : null,
    m.from === 'note' ? h('span', { class: 'inbox-2__note-label ic-note-label' }, 'Note') : null,
    body,
    h('time', { datetime: m.at.toISOString(), title: longDate(m.at) }, clock(m.at)),
  );
  const side = m.from === 'customer' ? '0 auto 0 0' : m.from === 'system' ? '0 auto' : '0 0 0 auto';
  bubble.style.margin = side;
  if (m.from === 'note') bubble.style.background = '#fff4c2';
  else if (m.from !== 'customer' && m.from !== 'system') bubble.style.background = '#e6efff';
  return h(
    'div',
    { class: 'inbox-2__conversation-row ic2-row' },
    h(
      'div',
      {
        'data-intercom-target': 'conversation-stream-content-part',
        class: 'group/content-part inbox-2__conversation-part ic2-part',
      },
      bubble,
    ),
  );
}
