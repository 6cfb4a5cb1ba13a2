// The case summary on the demo helpdesk's own chats (copied from tools/demo/transcripts so they stay stable here).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '../../../lib/analyzer';
import type { ChatMessage, Role } from '../../../lib/chat';
import { caseSummary } from '../../../lib/summary';
import { isCommitment, problemStatements } from '../../../lib/summary/read';

interface DemoLine {
  from: 'customer' | 'agent' | 'bot' | 'note' | 'system';
  text: string;
}

const ROLE: Record<DemoLine['from'], Role> = {
  customer: 'customer',
  agent: 'agent',
  bot: 'bot',
  note: 'internal',
  system: 'system',
};

function demo(name: string): { transcript: ChatMessage[]; customer: string; agent: string } {
  const raw = JSON.parse(
    readFileSync(new URL(`../../fixtures/transcripts/${name}.json`, import.meta.url), 'utf8'),
  );
  const lines: DemoLine[] = [...raw.history, ...raw.script];
  return {
    transcript: lines.map((l, i) => ({ key: `m${i}`, role: ROLE[l.from], text: l.text })),
    customer: raw.customer.name,
    agent: raw.agent.name,
  };
}

/** The lines of one part of the summary, from its heading to the next blank line. */
function part(text: string, heading: string): string {
  const from = text.indexOf(`\n${heading}`);
  expect(from).toBeGreaterThan(-1);
  const rest = text.slice(from + heading.length + 1);
  const end = rest.indexOf('\n\n');
  return end === -1 ? rest : rest.slice(0, end);
}

const now = new Date('2026-12-02T10:00:00Z');

describe('the escalating demo chat (late parcel, then a double charge)', () => {
  const { transcript, customer, agent } = demo('demo-escalation');
  const text = caseSummary({
    transcript,
    risk: analyzeConversation(transcript),
    customerName: customer,
    agentName: agent,
    now,
  });

  test('the problem names both the late parcel and the double charge, in the customer’s words', () => {
    const problem = part(text, 'Problem, in the customer’s words:');
    expect(problem).toContain('my order #48213 was supposed to arrive on Tuesday');
    expect(problem).toContain('I was charged twice for it, 64.90 both times');
  });

  test('the problem leaves out insults, threats, the call for a manager and repeats of the same problem', () => {
    const problem = part(text, 'Problem, in the customer’s words:');
    expect(problem).not.toMatch(/idiot|manager|complaint|ridiculous/);
    expect(problem.split('\n').filter((l) => l.trim())).toHaveLength(2);
  });

  test('the agent’s greeting and introduction are not promises', () => {
    const promised = part(text, 'Promised:');
    expect(promised).not.toMatch(/Hi Maria|I'm Alex|look into this/);
  });
});

describe('the polite demo chat (a changed address)', () => {
  const { transcript, customer, agent } = demo('demo-polite');
  const text = caseSummary({
    transcript,
    risk: analyzeConversation(transcript),
    customerName: customer,
    agentName: agent,
    now,
  });

  test('what the agent committed to is a promise, with its time', () => {
    const promised = part(text, 'Promised:');
    expect(promised).toContain("You'll get an updated confirmation email shortly.” (by when: shortly)");
    expect(promised).toContain('the order will go to 14 Harbour Lane, flat 3');
    expect(promised).not.toContain('Hi Sam');
  });

  test('the problem is the wrong address', () => {
    expect(part(text, 'Problem, in the customer’s words:')).toContain('I used my old address');
  });
});

describe('promises and problems, sentence by sentence', () => {
  test.each([
    ["I'll refund the $40 by Friday.", true],
    ['We will send a replacement by Friday.', true],
    ["I'm Alex and I'll look into this for you.", false],
    ['Hi Maria, thanks for getting in touch.', false],
    ['Thanks for contacting us, we will be happy to help.', false],
    ["You'll receive a tracking email within 2 hours.", true],
    ['I have sent the request to billing.', false],
    ['One moment while I pull up the order.', false],
  ])('%j is a promise: %s', (sentence, expected) => {
    expect(isCommitment(sentence)).toBe(expected);
  });

  test('one statement per problem, in the order raised; feelings are not problems', () => {
    expect(
      problemStatements([
        'Hi, my parcel never arrived.',
        'And I was charged twice for it!',
        'The parcel is still not here.',
        'This is ridiculous, get me your manager.',
      ]),
    ).toEqual(['Hi, my parcel never arrived.', 'And I was charged twice for it!']);
  });
});
