/**
 * Placeholder values for this conversation, each with where it came from: names and requester
 * fields from the helpdesk page, the agent's name from settings, and facts from the transcript. Values from the
 * customer's messages are marked `customer`: the panel shows them as such and the agent confirms before inserting.
 */
import type { ChatMessage } from '../chat';
import type { Fact } from '../playbook/schema';
import type { SourcedValue, TemplateValues } from '../playbook/template';
import type { Facts, KnownFacts } from './facts';

export interface SuggestContext {
  agentName?: string;
  customerName?: string;
  /**
   * Facts the helpdesk page states in its own fields (the requester's email or account id, an order number in the
   * ticket subject), read by a site adapter. Trusted, unlike chat text, and known: no question asks for them again.
   */
  pageFacts?: Facts;
}

// Helpdesks label anonymous visitors; such a label is not a name to greet someone by, nor is a link or an address.
const NOT_A_NAME = /\b(visitor|guest|customer|user|anonymous|unknown)\b|\d|@|https?:|www\.|\/|\.[a-z]{2,}\b/i;

/** The first name to greet someone by, or undefined when the name is missing or a placeholder label. */
export function firstName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || NOT_A_NAME.test(trimmed)) return undefined;
  return trimmed.split(/\s+/)[0];
}

/** Chat facts, with the page's own fields winning over what anyone typed. */
export function knownFacts(chat: KnownFacts, page: Facts | undefined): KnownFacts {
  const known: KnownFacts = { ...chat };
  for (const [fact, value] of Object.entries(page ?? {}) as [Fact, string][])
    if (value) known[fact] = { value, source: 'page' };
  return known;
}

const from = (value: string | undefined, source: SourcedValue['source']): SourcedValue | undefined =>
  value ? { value, source } : undefined;
/**
 * The email and account id are filled only from the page, never from chat text: an address or account the customer
 * typed would let anyone steer a password reset to their own account. A phrase needing one is then not offered.
 */
const trusted = (v: SourcedValue | undefined) => (v?.source === 'page' ? v : undefined);

/** Values for every placeholder the filler knows; absent ones fall back to the phrase's fallback. */
export function placeholderValues(
  context: SuggestContext,
  facts: KnownFacts,
  transcript: readonly ChatMessage[],
): TemplateValues {
  // The customer's display name is read from the helpdesk page; the filler flattens it (lib/flat-text.ts).
  const customerName =
    context.customerName ?? transcript.find((m) => m.role === 'customer' && m.author)?.author;
  const customerFirst = firstName(customerName);
  return {
    'customer.firstName': from(customerFirst, 'page'),
    'customer.name': from(customerFirst ? customerName?.trim() : undefined, 'page'),
    'customer.email': trusted(facts.email),
    'agent.name': from(context.agentName?.trim(), 'agent'),
    'agent.firstName': from(firstName(context.agentName), 'agent'),
    'order.id': facts.orderId,
    'account.id': trusted(facts.accountId),
    device: facts.device,
    'error.message': facts.errorMessage,
    date: facts.dates,
  };
}
