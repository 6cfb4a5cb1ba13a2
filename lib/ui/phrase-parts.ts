/**
 * A phrase's text split into plain runs and placeholders, with each placeholder named in words an agent reads at a
 * glance ("customer's first name", or "there" when unknown), so the phrase list never shows template braces.
 */
import { parseTemplate, placeholderLabel } from '../playbook/template';

export type PhrasePart =
  | { type: 'text'; text: string }
  | {
      type: 'placeholder';
      /** The placeholder's name as written, e.g. `customer.firstName`. */
      name: string;
      /** What it stands for, e.g. "customer's first name". */
      label: string;
      /** What is sent when the value is unknown: the fallback's words, "" when it is left out, undefined when asked. */
      fallback: string | undefined;
    };

const LABELS: Record<string, string> = {
  'customer.firstName': 'customer’s first name',
  'customer.name': 'customer’s name',
  'customer.email': 'customer’s email',
  'agent.name': 'your name',
  'agent.firstName': 'your first name',
  'order.id': 'order number',
  'account.id': 'account number',
  device: 'device',
  'error.message': 'error message',
  date: 'date',
  timeline: 'when',
  team: 'team',
};

export const placeholderWords = (name: string): string => LABELS[name] ?? placeholderLabel(name);

export function phraseParts(text: string): PhrasePart[] {
  const parts: PhrasePart[] = [];
  let at = 0;
  for (const p of parseTemplate(text)) {
    if (p.start > at) parts.push({ type: 'text', text: text.slice(at, p.start) });
    parts.push({ type: 'placeholder', name: p.name, label: placeholderWords(p.name), fallback: p.fallback });
    at = p.end;
  }
  if (at < text.length) parts.push({ type: 'text', text: text.slice(at) });
  return parts;
}

/** The words under a chip's label: what the customer reads when the value is unknown. */
export function fallbackWords(fallback: string | undefined): string {
  if (fallback === undefined) return 'asked for when unknown';
  if (fallback === '') return 'left out when unknown';
  return `or “${fallback}”`;
}
