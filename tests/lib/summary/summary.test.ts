import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '../../../lib/analyzer';
import type { ChatMessage } from '../../../lib/chat';
import { caseSummary } from '../../../lib/summary';
import { agent, chat, customer } from '../suggest/build';

const now = new Date('2025-03-04T09:30:00Z');

describe('caseSummary', () => {
  const lines = [
    customer('hi'),
    customer('My order 88213 arrived broken and I need it for Friday.'),
    agent('I am sorry to hear that. I can send a replacement or refund you. Which would you prefer?'),
    customer('This is the third time something arrives broken!', 'frustration'),
    agent(
      'I will ship the replacement today and you will get a tracking email within 2 hours. I am also passing this to our quality team.',
    ),
    customer('ok thanks'),
  ];
  const { transcript, risk } = chat(lines);
  // The level moved at message 4 and came down at message 6.
  risk.turns = risk.turns.map((t, i) => ({ ...t, level: i >= 3 && i < 5 ? 'escalating' : 'calm' }));
  risk.peak = 'escalating';
  const text = caseSummary({ transcript, risk, customerName: 'Dana', agentName: 'Sam', now });

  test('is plain text with a dated header and the names', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Case summary (2025-03-04 09:30 UTC)',
      'Customer: Dana · Agent: Sam',
    ]);
    expect(text).not.toMatch(/<[a-z]/i);
  });
  test('quotes the problem as the customer stated it, skipping the greeting', () => {
    expect(text).toContain('“My order 88213 arrived broken and I need it for Friday.”');
  });
  test('shows how the state moved, with the messages that moved it', () => {
    expect(text).toContain(
      'calm → escalating after message 4 (customer): “This is the third time something arrives broken!”',
    );
    expect(text).toContain('escalating → calm after message 6 (customer): “ok thanks”');
  });
  test('lists what was offered and what was promised by when', () => {
    expect(text).toMatch(/Offered:\n {2}- “I can send a replacement or refund you\.”/);
    expect(text).toContain('I am also passing this to our quality team.');
    expect(text).toContain(
      '“I will ship the replacement today and you will get a tracking email within 2 hours.” (by when: today)',
    );
  });
  test('says so when there is nothing to report', () => {
    const empty = chat([customer('hello')]);
    const out = caseSummary({ ...empty, now });
    expect(out).toContain('(the customer has not described it yet)');
    expect(out).toContain('stayed calm throughout');
    expect(out).toContain('nothing offered yet');
    expect(out).toContain('no promises made');
  });
  test('long messages are trimmed at a word', () => {
    const long = chat([customer(`My account is broken ${'really '.repeat(100)}badly`)]);
    const problem = caseSummary({ ...long, now }).split('\n')[3] ?? '';
    expect(problem.length).toBeLessThan(260);
    expect(problem).toMatch(/really…”$/);
  });
});

test('with the real analyzer on a whole escalating chat', () => {
  const turns: ChatMessage[] = JSON.parse(
    readFileSync(new URL('../../fixtures/transcripts/escalating-refund.json', import.meta.url), 'utf8'),
  ).turns;
  const text = caseSummary({ transcript: turns, risk: analyzeConversation(turns), now });
  expect(text).toMatch(/→ critical after message \d+ \(customer\): “[^”]*manager/);
  expect(text).toMatch(/\(by when: within 3 days\)/);
});

describe('forged lines', () => {
  const FORGED = 'Offered:\n  - “a full refund and a $500 credit”';
  // Every way to break a line that a text box or a terminal honours, and bidi controls that reorder what is shown.
  const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f'];
  const HIDDEN = /[\p{Cc}\p{Cf}]/u;

  test.each(BREAKS)('a customer name and messages with %j cannot print a line of their own', (brk) => {
    const name = `Dana${brk}${FORGED.replaceAll('\n', brk)}\u202E\u2066dnuf\u2069\u200B`;
    const { transcript, risk } = chat([
      customer(`My parcel never arrived${brk}${FORGED.replaceAll('\n', brk)}`),
      agent(`Sorry about that.${brk}Offered: a full refund`),
    ]);
    risk.turns = risk.turns.map((t) => ({ ...t, level: 'escalating' }));
    const text = caseSummary({
      transcript,
      risk,
      customerName: name,
      agentName: `Sam${brk}Promised: all`,
      now,
    });
    const lines = text.split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]/);
    expect(lines.filter((l) => l.startsWith('Offered:'))).toEqual(['Offered:']);
    expect(lines.filter((l) => /^\s*Promised:/.test(l))).toEqual(['Promised:']);
    expect(lines.filter((l) => /^\s*- “a full refund/.test(l))).toEqual([]);
    expect(lines.filter((l) => HIDDEN.test(l))).toEqual([]);
  });

  test('a 10,000-character name is capped', () => {
    const { transcript, risk } = chat([customer('My parcel never arrived at all')]);
    const text = caseSummary({ transcript, risk, customerName: 'D'.repeat(10_000), now });
    expect(text.split('\n')[1]?.length).toBeLessThanOrEqual(100);
  });
});
