/**
 * Phrase templates: `{{name}}` or `{{name | fallback}}`. Filling never inserts a raw placeholder silently: one with no
 * value and no fallback stays as `{{name}}` and is listed in `missing`, so the panel asks the agent to fill it.
 */
import { flattenLine, withoutLinks } from '../flat-text';

/** Placeholder names the filler knows how to fill (lib/suggest/context.ts gives them values). */
export const PLACEHOLDERS = [
  'customer.firstName',
  'customer.name',
  'customer.email',
  'agent.name',
  'agent.firstName',
  'order.id',
  'account.id',
  'device',
  'error.message',
  'date',
  'timeline',
  'team',
] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/**
 * Where a value came from: the customer's own messages (shown as such; the agent confirms before inserting), the
 * helpdesk page's own fields (the requester's email, read by the site adapter), or the agent (settings, typed in).
 */
export type ValueSource = 'customer' | 'page' | 'agent';
export interface SourcedValue {
  value: string;
  source: ValueSource;
}
/** Values by placeholder name; a plain string is the agent's own. An empty or absent value counts as none. */
export type TemplateValues = Partial<Record<string, string | SourcedValue | undefined>>;

export interface TemplatePart {
  name: string;
  /** `undefined` when the placeholder has no `| fallback`; an empty fallback drops the placeholder. */
  fallback: string | undefined;
  start: number;
  end: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
// Bounded parts: no quantified group holds an unbounded repetition (tests/lib/regex).
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,40}(?:\.[A-Za-z][A-Za-z0-9_]{0,40}){0,5}$/;
/** A filled value is capped so a pasted paragraph cannot flood a phrase. */
const MAX_VALUE = 120;

/** The placeholders in a template, in order. Malformed ones are skipped (see placeholderSyntaxErrors). */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [rawName = '', ...rest] = (m[1] ?? '').split('|');
    const name = rawName.trim();
    if (!NAME.test(name)) continue;
    const fallback = rest.length > 0 ? rest.join('|').trim() : undefined;
    parts.push({ name, fallback, start: m.index, end: m.index + m[0].length });
  }
  return parts;
}

/** Readable reasons a template is malformed; empty when it is fine. */
export function placeholderSyntaxErrors(text: string): string[] {
  const errors: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = (m[1] ?? '').split('|')[0]?.trim() ?? '';
    if (!NAME.test(name))
      errors.push(`placeholder "${m[0]}" has no valid name (e.g. {{customer.firstName}})`);
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}'))
    errors.push('unbalanced braces: write placeholders as {{name}} or {{name | fallback}}');
  return errors;
}

export interface Filled {
  text: string;
  /** Placeholder names with no value and no fallback, each once, in order of appearance. */
  missing: string[];
  /** Values filled in from the customer's own messages, each once, as they appear in `text`. */
  fromCustomer: { name: string; value: string }[];
}

/** Fill a template from values, falling back to each placeholder's fallback; see the file comment for the rest. */
export function fillTemplate(text: string, values: TemplateValues): Filled {
  const missing: string[] = [];
  const fromCustomer: Filled['fromCustomer'] = [];
  let out = '';
  let at = 0;
  for (const part of parseTemplate(text)) {
    out += text.slice(at, part.start);
    at = part.end;
    const given = values[part.name];
    const value = clean(given);
    if (value && typeof given === 'object' && given.source === 'customer')
      if (!fromCustomer.some((f) => f.name === part.name)) fromCustomer.push({ name: part.name, value });
    if (value) out += value;
    else if (part.fallback !== undefined) out += part.fallback;
    else {
      out += `{{${part.name}}}`;
      if (!missing.includes(part.name)) missing.push(part.name);
    }
  }
  out += text.slice(at);
  return { text: tidy(out), missing, fromCustomer };
}

/** Whether a text says when something will happen: a {{timeline}} or {{date}} placeholder or an explicit time. */
export function mentionsTimeline(text: string): boolean {
  if (parseTemplate(text).some((p) => p.name === 'timeline' || p.name === 'date')) return true;
  return TIME_WORDS.test(text);
}

const TIME_WORDS = new RegExp(
  [
    String.raw`\b(within|in|under|by|before|after)\s+(the\s+next\s+)?(\d+|an?|one|two|three|four|five|ten|twelve|twenty|thirty|forty[- ]eight|a\s+few|a\s+couple\s+of)\s+(business\s+|working\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\b`,
    String.raw`\b(by|before|until)\s+(tomorrow|tonight|today|noon|midday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end\s+of\s+(the\s+)?(day|week|today)|end\s+of\s+(the\s+)?(day|week|today))\b`,
    String.raw`\b(later\s+today|tomorrow\s+(morning|afternoon)|within\s+the\s+hour|in\s+the\s+next\s+hour)\b`,
  ].join('|'),
  'i',
);

function clean(given: TemplateValues[string]): string {
  const value = typeof given === 'string' ? given : given?.value;
  if (!value) return '';
  // The helpdesk page's own fields (the requester's address) are kept as they are; anything typed in a chat or a
  // field loses its links, addresses and markdown, so a reply never carries a stranger's link.
  const plain = typeof given === 'object' && given.source === 'page' ? value : withoutLinks(value);
  // Braces are dropped so a value can never read as a placeholder; flattenLine makes it one visible line, so a customer named "\u202Eeman" cannot turn
  // the rest of the agent's sentence around or slip in a line of its own. Trailing commas would be tidied away.
  return flattenLine(plain.replace(/[{}]/g, ''), MAX_VALUE).replace(/(?<![\s,;:])[\s,;:]+$/, '');
}

// An empty fallback (`{{customer.firstName | }}`) leaves "you, , and" or "seriously, ." behind.
function tidy(text: string): string {
  return (
    text
      .replace(/,\s*(?=[,.!?;:])/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      // Starts only at a run's first space, so a long run of spaces is read once, not once per space.
      .replace(/(?<! ) +([,.!?;:])/g, '$1')
      .trim()
  );
}

/** Names in `missing` that have no non-blank value yet (the side panel's placeholder fields). */
export function unfilled(missing: readonly string[], values: Readonly<Record<string, string>>): string[] {
  return missing.filter((name) => !values[name]?.trim());
}

/** A label an agent understands for a placeholder name, e.g. `order.number` → "order number". */
export function placeholderLabel(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
}
