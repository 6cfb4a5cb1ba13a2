import { initials } from '../shared/data';
import { h, stickToBottom } from '../shared/dom';
import type { DemoConversation, EditorHandle, Message } from '../shared/types';
import { createChannelSwitch } from './channel-switch';
import { groupKey, renderItems, type Variant } from './log';

export type TicketSpec = DemoConversation;

export interface Ticket extends TicketSpec {
  layout: HTMLElement;
  tab: HTMLAnchorElement;
  composerEl: HTMLElement;
  sendButton: HTMLButtonElement;
  editor?: EditorHandle;
  post(m: Message): void;
  /** Show or hide "<customer> is typing…" under the log. */
  setTyping(on: boolean): void;
  /** Back to the history only. */
  reset(): void;
  setActive(active: boolean): void;
}

/** 2026 variant: history messages shown at load; older ones wait behind the show-more button. */
const SHOWN_AT_LOAD = 3;

/**
 * One mounted ticket: its header tab and its standard layout (conversation, composer, requester panel). The 2026
 * variant (log.ts `Variant`) hides inactive panes with `visibility: hidden` only (no `hidden`, no display:none, no
 * data-is-active), marks the selected tab with `aria-current="page"` only, and keeps older comments behind
 * `convolog-show-more-button` until it is clicked.
 */
export function createTicket(spec: TicketSpec, variant: Variant = 'classic'): Ticket {
  const { id } = spec;
  const classic = variant === 'classic';
  const log = h('div', { 'data-test-id': 'omni-log-container', class: 'zd-log' });
  const scroll = stickToBottom(log);
  let lastKey = '';
  /** Every message of the ticket, and how many of the first ones are not rendered yet (behind "show more"). */
  let messages: Message[] = [];
  let hiddenCount = 0;
  const render = (m: Message) => {
    const key = groupKey(m);
    log.append(...renderItems(m, key === lastKey, variant));
    lastKey = key;
  };
  const post = (m: Message) => {
    messages.push(m);
    render(m);
    scroll();
  };
  const showMore = h(
    'button',
    { type: 'button', 'data-test-id': 'convolog-show-more-button', class: 'zd-show-more' },
    'Show more',
  );
  // As Zendesk does: the whole log rendered again, the older comments first, and no button any more.
  const renderAll = () => {
    log.replaceChildren();
    lastKey = '';
    if (hiddenCount > 0) log.append(showMore);
    for (const m of messages.slice(hiddenCount)) render(m);
    scroll();
  };
  showMore.addEventListener('click', () => {
    hiddenCount = 0;
    renderAll();
  });
  const reset = () => {
    messages = [...spec.history];
    hiddenCount = classic ? 0 : Math.max(0, messages.length - SHOWN_AT_LOAD);
    renderAll();
  };

  // The end user's typing indicator under the log (Zendesk's markup for it is not public: the adapter's guess).
  const typing = h(
    'div',
    { 'data-test-id': 'omni-log-typing-indicator', class: 'zd-typing', 'aria-live': 'polite', hidden: true },
    `${spec.customer.name} is typing…`,
  );

  const composerEl = h('div', {
    'data-test-id': 'omnicomposer-plain-text-ckeditor',
    'aria-label': 'Composer',
    class: 'zd-editable',
  });
  const sendButton = h(
    'button',
    {
      type: 'button',
      'data-test-id': 'omnichannel-omnicomposer-send-button',
      class: 'zd-send',
      disabled: true,
    },
    'Send',
  );
  const tab = h(
    'a',
    {
      'data-test-id': 'header-tab',
      role: 'tab',
      href: `/agent/tickets/${id}`,
      'data-entity-type': 'TICKET_ENTITY_TYPE',
      'data-entity-id': id,
      'data-entity-is-selected': classic ? 'false' : undefined,
      'aria-selected': classic ? 'false' : undefined,
      class: 'zd-tab',
    },
    h('span', { 'data-test-id': 'header-tab-title', title: spec.customer.name }, spec.customer.name),
    h('span', { class: 'zd-tab__sub' }, `#${id}`),
  );
  const layout = h(
    'div',
    {
      'data-test-id': `ticket-${id}-standard-layout`,
      'data-is-active': classic ? 'false' : undefined,
      class: classic ? 'zd-ticket' : 'zd-ticket zd-ticket--stacked',
      hidden: classic,
    },
    h(
      'div',
      { 'data-side-conversations-anchor-id': id, class: 'zd-ticket__grid' },
      h(
        'section',
        { class: 'zd-conversation', 'aria-label': `Ticket #${id}` },
        h(
          'div',
          { class: 'zd-subject' },
          h('input', {
            // The Agent Workspace header's subject; the older ticket pane's in the classic variant.
            'data-test-id': classic ? 'ticket-pane-subject' : 'omni-header-subject',
            'aria-label': 'Subject',
            value: spec.subject,
            readonly: true,
          }),
          h('span', { class: 'zd-status' }, 'Open'),
        ),
        h('div', { class: 'conversation-polaris', 'data-ticket-id': id }, h('section', {}, log, typing)),
        h(
          'div',
          { class: 'zendesk-editor--rich-text-container zd-composer' },
          h(
            'div',
            { role: 'toolbar', class: 'zd-composer__bar', 'aria-label': 'Composer tools' },
            createChannelSwitch(composerEl, () => ticket.editor),
            h('button', { type: 'button', 'aria-label': 'Enhance writing', class: 'zd-tool' }, '✦'),
          ),
          composerEl,
          h('input', { type: 'file', 'data-test-id': 'omnicomposer-external-file-uploader', hidden: true }),
          h('div', { class: 'zd-composer__actions' }, sendButton),
        ),
      ),
      requesterPanel(spec),
    ),
  );
  reset();
  const ticket: Ticket = {
    ...spec,
    layout,
    tab,
    composerEl,
    sendButton,
    post,
    reset,
    setTyping(on) {
      typing.hidden = !on;
      if (on) scroll();
    },
    setActive(active) {
      if (!classic) {
        layout.style.visibility = active ? 'visible' : 'hidden';
        if (active) tab.setAttribute('aria-current', 'page');
        else tab.removeAttribute('aria-current');
        if (active) scroll();
        return;
      }
      layout.setAttribute('data-is-active', String(active));
      layout.hidden = !active;
      layout.style.display = active ? '' : 'none'; // as the captured DOM has it, besides [hidden]
      tab.setAttribute('data-entity-is-selected', String(active));
      tab.setAttribute('aria-selected', String(active));
      if (active) scroll();
    },
  };
  return ticket;
}

function requesterPanel(spec: TicketSpec): HTMLElement {
  const field = (label: string, value: string) =>
    h('div', { class: 'zd-field' }, h('dt', {}, label), h('dd', {}, value));
  return h(
    'aside',
    { class: 'zd-context', 'aria-label': 'Requester' },
    h(
      'div',
      { class: 'zd-card' },
      h('div', { class: 'zd-avatar zd-avatar--customer zd-avatar--big' }, initials(spec.customer.name)),
      h(
        'div',
        {},
        // The requester field as Zendesk marks it (public userscripts), then the user card's address.
        h(
          'div',
          { 'data-test-id': 'ticket-system-field-requester-select', class: 'zd-requester' },
          h('div', { 'data-garden-id': 'typography.ellipsis' }, h('strong', {}, spec.customer.name)),
        ),
        spec.customer.email
          ? h('a', { class: 'zd-muted', href: `mailto:${spec.customer.email}` }, spec.customer.email)
          : h('div', { class: 'zd-muted' }, ''),
      ),
    ),
    h(
      'dl',
      { class: 'zd-fields' },
      field('Ticket', `#${spec.id}`),
      field('Channel', 'Messaging'),
      field('Priority', 'Normal'),
      field('Assignee', spec.agent.name),
      field('Local time', new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })),
    ),
  );
}
