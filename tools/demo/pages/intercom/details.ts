import { h } from '../shared/dom';
import type { Person } from '../shared/types';

/**
 * The conversation details side panel (the customer's attributes) and the typing indicator under the stream.
 * Intercom's markup for either is not public: the attributes here are the ones the adapter guesses.
 */
export interface Details {
  el: HTMLElement;
  typing: HTMLElement;
  show(customer: Person, subject: string): void;
  setTyping(on: boolean): void;
}

export function createDetails(): Details {
  const name = h('dd', { 'data-attribute-name': 'name' });
  const email = h('a', { 'data-attribute-name': 'email', class: 'ic-details__email' });
  const subject = h('dd', {});
  const typingText = h('span', {});
  const typing = h(
    'div',
    { 'data-testid': 'typing-indicator', class: 'ic-typing', 'aria-live': 'polite', hidden: true },
    typingText,
  );
  const el = h(
    'aside',
    {
      'data-testid': 'conversation-details-sidebar',
      class: 'ic-details',
      'aria-label': 'Conversation details',
    },
    h('h2', { class: 'ic-details__head' }, 'Details'),
    h(
      'dl',
      { class: 'ic-details__list' },
      h('dt', {}, 'Name'),
      name,
      h('dt', {}, 'Email'),
      h('dd', {}, email),
      h('dt', {}, 'Title'),
      subject,
    ),
  );
  return {
    el,
    typing,
    show(customer, title) {
      name.textContent = customer.name;
      email.textContent = customer.email ?? '';
      if (customer.email) email.setAttribute('href', `mailto:${customer.email}`);
      else email.removeAttribute('href');
      subject.textContent = title;
      typingText.textContent = `${customer.name} is typing…`;
      typing.hidden = true;
    },
    setTyping(on) {
      typing.hidden = !on;
    },
  };
}
