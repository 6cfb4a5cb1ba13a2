/**
 * Facts the customer (or the agent) already gave in the chat: order and account numbers, email, device or browser,
 * error text, dates, steps tried. They decide which clarifying questions are still worth asking and fill placeholders
 * such as {{order.id}} and {{customer.email}}.
 */
import type { ChatMessage } from '../chat';
import type { Fact } from '../playbook/schema';

export type Facts = Partial<Record<Fact, string>>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// "order 88213", "order number: AB-1234", "#88213": an id needs at least one digit.
const ORDER =
  /\border\s*(?:number|no\.?|num|id|ref(?:erence)?)?\s*(?:is\s*)?[:#]?\s*#?\s*([A-Z]{0,4}-?\d[\w-]{2,})/i;
const HASH_ID = /(?:^|\s)#\s?([A-Z]{0,4}-?\d[\w-]{2,})/i;
const ACCOUNT =
  /\b(?:account|acct|customer|member(?:ship)?|user(?:name)?|subscription)\s*(?:number|no\.?|id)?\s*(?:is\s*)?[:#]?\s*([A-Z]{0,6}-?\d[\w-]{2,})/i;
const DEVICES = [
  'iPhone',
  'iPad',
  'Android',
  'Samsung',
  'Galaxy',
  'Pixel',
  'Windows',
  'macOS',
  'Mac',
  'MacBook',
  'Chromebook',
  'Linux',
  'Chrome',
  'Firefox',
  'Safari',
  'Edge',
  'Opera',
  'Brave',
  'iOS',
  'laptop',
  'tablet',
  'smart TV',
];
const DEVICE = new RegExp(`\\b(${DEVICES.map((d) => d.replace(' ', '\\s')).join('|')})\\b`, 'gi');
const ERROR_CODE = /\b(?:error|code)\s*[:#]?\s*([A-Z_]*-?\d[\w-]+)/i;
const ERROR_QUOTED =
  /\b(?:says?|said|shows?|showing|displays?|get(?:ting)?|got|message|error)\b[^"“”'\n]{0,20}["“']([^"“”\n]{3,120})["”']/i;
const ERROR_COLON = /\berror(?:\s+message)?\s*:\s*([^\n.!?]{3,120})/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day';
const DATES = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\b',
    `\\b(?:on|since|last|this|from|until)\\s+${WEEKDAY}\\b`,
    '\\b(?:yesterday|today|this morning|last night|last week|last month)\\b',
    '\\b(?:\\d+|two|three|four|five|a few|several)\\s+(?:days|weeks|months)\\s+ago\\b',
  ].join('|'),
  'i',
);
const STEPS =
  /\b(?:i(?:'ve| have)?|we(?:'ve| have)?)\s+(?:already\s+|even\s+|also\s+)?(tried\s+[^.!?\n]{2,60}|restarted[^.!?\n]{0,40}|rebooted[^.!?\n]{0,40}|reinstalled[^.!?\n]{0,40}|cleared[^.!?\n]{0,40}|reset[^.!?\n]{0,40}|updated[^.!?\n]{0,40}|(?:logged|signed) out[^.!?\n]{0,40}|turned it off[^.!?\n]{0,40})/i;

/** Facts found in customer and agent messages; a later mention replaces an earlier one (customers correct typos). */
export function extractFacts(transcript: readonly ChatMessage[]): Facts {
  const facts: Facts = {};
  for (const m of transcript) {
    if (m.role !== 'customer' && m.role !== 'agent') continue;
    Object.assign(facts, factsIn(m.text));
  }
  return facts;
}

/** Facts found in one text. */
export function factsIn(text: string): Facts {
  const found: Facts = {};
  const email = text.match(EMAIL)?.[0];
  if (email) found.email = email;
  const order = text.match(ORDER)?.[1] ?? text.match(HASH_ID)?.[1];
  if (order) found.orderId = order;
  const account = text.match(ACCOUNT)?.[1];
  if (account && account !== order) found.accountId = account;
  const devices = [...new Set([...text.matchAll(DEVICE)].map((m) => canonicalDevice(m[1] ?? '')))];
  if (devices.length > 0) found.device = devices.join(', ');
  const error = text.match(ERROR_QUOTED)?.[1] ?? text.match(ERROR_CODE)?.[1] ?? text.match(ERROR_COLON)?.[1];
  if (error) found.errorMessage = error.trim();
  const date = text.match(DATES)?.[0];
  if (date) found.dates = date;
  const steps = text.match(STEPS)?.[1];
  if (steps) found.stepsTried = steps.trim();
  return found;
}

function canonicalDevice(word: string): string {
  const flat = word.toLowerCase().replace(/\s+/g, ' ');
  return DEVICES.find((d) => d.toLowerCase() === flat) ?? word;
}
