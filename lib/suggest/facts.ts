/**
 * Facts the customer (or the agent) already gave in the chat: order and account numbers, email, device or browser,
 * error text, dates, steps tried. They decide which clarifying questions are still worth asking and fill placeholders
 * such as {{order.id}} and {{customer.email}}.
 */
import type { ChatMessage } from '../chat';
import type { Fact } from '../playbook/schema';
import type { SourcedValue } from '../playbook/template';
import { setRecent } from '../recent-map';

export type Facts = Partial<Record<Fact, string>>;
/** Facts with where each came from: a customer's message, an agent's, or the helpdesk page's own fields. */
export type KnownFacts = Partial<Record<Fact, SourcedValue>>;

// Every pattern here is linear on any text (the old email pattern cost ~8 s on 100 KB without
// spaces): repetitions are bounded, a pattern starts only where its match can start (the email's lookbehind), and
// no quantified group holds an unbounded quantifier (tests/lib/regex checks every regex in lib/).
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
// "order 88213", "order number: AB-1234", "#88213": an id needs at least one digit.
const ORDER =
  /\border\s{0,3}(?:number|no\.?|num|id|ref(?:erence)?)?\s{0,3}(?:is\s{0,3})?[:#]?\s{0,3}#?\s{0,3}([A-Z]{0,4}-?\d[\w-]{2,40})/i;
const HASH_ID = /(?:^|\s)#\s?([A-Z]{0,4}-?\d[\w-]{2,40})/i;
const ACCOUNT =
  /\b(?:account|acct|customer|member(?:ship)?|user(?:name)?|subscription)\s{0,3}(?:number|no\.?|id)?\s{0,3}(?:is\s{0,3})?[:#]?\s{0,3}([A-Z]{0,6}-?\d[\w-]{2,40})/i;
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
const ERROR_CODE = /\b(?:error|code)\s{0,3}[:#]?\s{0,3}([A-Z_]{0,20}-?\d[\w-]{1,40})/i;
// A quote is a real pair: straight or curly double quotes, curly single quotes, or straight single quotes that stand
// outside words. The apostrophes of "I'm Alex and I'll" are not a quoted error.
const ERROR_QUOTED =
  /\b(?:says?|said|shows?|showing|displays?|reads|get(?:ting)?|got|message|error|pops? up with)\b[^"“”‘'\n]{0,20}(?:"([^"\n]{3,120})"|“([^”“\n]{3,120})”|‘([^‘’\n]{3,120})’(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])'([^'\n]{3,120})'(?![\p{L}\p{N}]))/iu;
const ERROR_COLON = /\berror(?:\s{1,3}message)?\s{0,3}:\s{0,3}([^\n.!?]{3,120})/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day';
const DATES = new RegExp(
  [
    `\\b${MONTH}\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?${MONTH}`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\b',
    `\\b(?:on|since|last|this|from|until)\\s{1,3}${WEEKDAY}\\b`,
    '\\b(?:yesterday|today|this morning|last night|last week|last month)\\b',
    '\\b(?:\\d{1,3}|two|three|four|five|a few|several)\\s{1,3}(?:days|weeks|months)\\s{1,3}ago\\b',
  ].join('|'),
  'i',
);
const STEPS =
  /\b(?:i(?:'ve| have)?|we(?:'ve| have)?)\s{1,3}(?:already\s{1,3}|even\s{1,3}|also\s{1,3})?(tried\s{1,3}[^.!?\n]{2,60}|restarted[^.!?\n]{0,40}|rebooted[^.!?\n]{0,40}|reinstalled[^.!?\n]{0,40}|cleared[^.!?\n]{0,40}|reset[^.!?\n]{0,40}|updated[^.!?\n]{0,40}|(?:logged|signed) out[^.!?\n]{0,40}|turned it off[^.!?\n]{0,40})/i;

/**
 * Facts are read from the first 4,000 characters of a message: a fact worth asking about is stated early, and a
 * pasted log or token must not make every panel update read it whole.
 */
export const MAX_FACT_TEXT = 4000;
/** Facts per message, so a panel update reads only messages it has not read before. */
const byMessage = new WeakMap<ChatMessage, Facts>();
// Messages come back as new objects when a session is reloaded from storage: also keyed by key and text.
const byKeyAndText = new Map<string, Facts>();
const MAX_CACHED = 2000;

/**
 * Facts found in customer and agent messages; a later mention replaces an earlier one (customers correct typos). The
 * error a customer saw is read from the customer's messages only: the agent's own words are not an error report.
 */
export function extractFacts(transcript: readonly ChatMessage[]): KnownFacts {
  const facts: KnownFacts = {};
  for (const m of transcript) {
    if (m.role !== 'customer' && m.role !== 'agent') continue;
    const source = m.role;
    for (const [fact, value] of Object.entries(messageFacts(m)) as [Fact, string][])
      if (source === 'customer' || fact !== 'errorMessage') facts[fact] = { value, source };
  }
  return facts;
}

function messageFacts(m: ChatMessage): Facts {
  const known = byMessage.get(m);
  if (known) return known;
  const text = m.text.slice(0, MAX_FACT_TEXT);
  const key = `${m.key}\u0000${text}`;
  const found = byKeyAndText.get(key) ?? factsIn(text);
  byMessage.set(m, found);
  setRecent(byKeyAndText, key, found, MAX_CACHED);
  return found;
}

/** Facts found in one text. */
export function factsIn(whole: string): Facts {
  const text = whole.slice(0, MAX_FACT_TEXT);
  const found: Facts = {};
  const email = text.match(EMAIL)?.[0];
  if (email) found.email = email;
  const order = text.match(ORDER)?.[1] ?? text.match(HASH_ID)?.[1];
  if (order) found.orderId = order;
  const account = text.match(ACCOUNT)?.[1];
  if (account && account !== order) found.accountId = account;
  const devices = [...new Set([...text.matchAll(DEVICE)].map((m) => canonicalDevice(m[1] ?? '')))];
  if (devices.length > 0) found.device = devices.join(', ');
  const error = quotedError(text) ?? text.match(ERROR_CODE)?.[1] ?? text.match(ERROR_COLON)?.[1];
  if (error && /[\p{L}\p{N}]{2}/u.test(error)) found.errorMessage = error.trim();
  const date = text.match(DATES)?.[0];
  if (date) found.dates = date;
  const steps = text.match(STEPS)?.[1];
  if (steps) found.stepsTried = steps.trim();
  return found;
}

function quotedError(text: string): string | undefined {
  const m = text.match(ERROR_QUOTED);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

function canonicalDevice(word: string): string {
  const flat = word.toLowerCase().replace(/\s+/g, ' ');
  return DEVICES.find((d) => d.toLowerCase() === flat) ?? word;
}
