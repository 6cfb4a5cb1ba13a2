/** Placeholder values for this conversation: names from the page and settings, facts from the transcript. */
import type { ChatMessage } from '../chat';
import type { TemplateValues } from '../playbook/template';
import type { Facts } from './facts';

export interface SuggestContext {
  agentName?: string;
  customerName?: string;
}

// Helpdesks label anonymous visitors; such a label is not a name to greet someone by.
const NOT_A_NAME = /\b(visitor|guest|customer|user|anonymous|unknown)\b|\d|@/i;

/** The first name to greet someone by, or undefined when the name is missing or a placeholder label. */
export function firstName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || NOT_A_NAME.test(trimmed)) return undefined;
  return trimmed.split(/\s+/)[0];
}

/** Values for every placeholder the filler knows; absent ones fall back to the phrase's fallback. */
export function placeholderValues(
  context: SuggestContext,
  facts: Facts,
  transcript: readonly ChatMessage[],
): TemplateValues {
  const customerName =
    context.customerName ?? transcript.find((m) => m.role === 'customer' && m.author)?.author;
  const customerFirst = firstName(customerName);
  return {
    'customer.firstName': customerFirst,
    'customer.name': customerFirst ? customerName?.trim() : undefined,
    'customer.email': facts.email,
    'agent.name': context.agentName?.trim() || undefined,
    'agent.firstName': firstName(context.agentName),
    'order.id': facts.orderId,
    'account.id': facts.accountId,
    device: facts.device,
    'error.message': facts.errorMessage,
    date: facts.dates,
  };
}
