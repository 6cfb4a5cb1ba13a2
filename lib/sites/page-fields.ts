/**
 * Reading the helpdesk's own fields (the requester panel, the ticket subject, the typing indicator) for the facts
 * the page already shows, so Poise never asks the customer for them. Shared by the site adapters; pure DOM reads.
 */
import { type Facts, factsIn } from '../suggest/facts';
import { textOf } from './text';

/** Characters of one field read: a subject or an address, never a pasted page. */
const MAX_FIELD = 300;

/** What a field shows: an input's value, else its text; trimmed and capped. */
export function fieldText(el: Element | null | undefined): string {
  if (!el) return '';
  const href = el.getAttribute('href') ?? '';
  // Across realms (the content script's world, happy-dom): by tag name, not instanceof.
  const value =
    el.tagName === 'INPUT' || el.tagName === 'TEXTAREA'
      ? (el as HTMLInputElement).value
      : href.startsWith('mailto:')
        ? href.slice('mailto:'.length).split('?')[0] || textOf(el)
        : textOf(el);
  return value.trim().slice(0, MAX_FIELD);
}

/** The email address a field holds, when the whole of it is one (a display name is not). */
export function emailOf(text: string): string | undefined {
  const email = factsIn(text).email;
  return email && email.length >= text.trim().length - 2 ? email : undefined;
}

/** The order number a subject names ("Order #48213 late", "Refund for order AB-1234"). */
export function orderInSubject(subject: string): string | undefined {
  return subject ? factsIn(subject).orderId : undefined;
}

/** Facts from the requester's email and the subject, leaving out what was not found. */
export function pageFactsOf(email: string | undefined, subject: string): Facts {
  const facts: Facts = {};
  if (email) facts.email = email;
  const order = orderInSubject(subject);
  if (order) facts.orderId = order;
  return facts;
}

/**
 * Whether a typing indicator shows: not hidden (by `hidden`, `aria-hidden` or inline display) on it or above it, and
 * not empty. Attributes only, no style or layout read: it runs on every change of the indicator.
 */
export function indicatorShows(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    if ((e as HTMLElement).style?.display === 'none') return false;
  }
  return el.childElementCount > 0 || (el.textContent ?? '').trim() !== '';
}
