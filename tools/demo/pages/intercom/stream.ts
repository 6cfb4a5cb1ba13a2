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

export interface Stream {
  el: HTMLElement;
  render(messages: readonly Message[]): void;
  append(m: Message): void;
}

/**
 * The conversation stream: consecutive messages of one author share a part group
 * (`[data-part-group-id][data-part-group-category]`), each message is a part (`.group/content-part[data-part-id]`).
 */
export function createStream(): Stream {
  const el = h('div', {
    'data-testid': 'conversation-stream-scroll-container',
    'data-conversation-stream': '',
    'data-intercom-target-conversation-stream': '',
    class: 'ic-stream',
  });
  const scroll = stickToBottom(el);
  let group: HTMLElement | null = null;
  let groupKey = '';
  let ids = 0;

  const append = (m: Message) => {
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
