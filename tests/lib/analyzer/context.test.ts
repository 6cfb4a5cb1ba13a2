/** Context (lib/analyzer/context.ts): a reply is read with the agent's question, quotes of the agent are not the customer's. */
import { describe, expect, test } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../../lib/analyzer';
import { answersQuestion, ownWords } from '../../../lib/analyzer/context';
import { tokenize } from '../../../lib/analyzer/tokens';

const names = (text: string, replyTo?: string) =>
  analyzeMessage(text, replyTo === undefined ? {} : { replyTo }).signals.map((s) => s.name);

describe('ownWords', () => {
  test('blanks a quote of the agent, keeping offsets', () => {
    const agent = 'I will cancel your account order now.';
    const text = 'You said "I will cancel your account" - I only want the order gone!';
    const own = ownWords(text, agent);
    expect(own).toHaveLength(text.length);
    expect(own).not.toContain('cancel your account');
    expect(own).toContain('I only want the order gone');
  });
  test('blanks quoted lines and reported speech, keeps the customer’s own quotes of a word', () => {
    expect(ownWords('> Have you tried a restart?\nYes, fine now.').trim()).toBe('Yes, fine now.');
    expect(ownWords('The email said "your account will be closed" - scam?')).not.toContain('closed');
    expect(ownWords('This "fix" broke everything')).toContain('"fix"');
  });
});

describe('answersQuestion', () => {
  test.each([
    ['no', 'Anything else I can help with?', true],
    ['why?', 'Could you log out and in again?', true],
    ['no', 'I have refunded the order.', false],
    ['no, I already did that twice', 'Did you restart it?', false],
  ])('%s after “%s” → %s', (text, agent, want) => {
    expect(answersQuestion(tokenize(text), agent)).toBe(want);
  });
});

describe('does not escalate', () => {
  test('a quote of the agent is not read as the customer’s threat', () => {
    const agent = 'You may want to contact your lawyer for legal advice on the contract.';
    expect(
      names('You wrote "contact your lawyer" - why would I need that for a refund?', agent),
    ).not.toContain('threat_legal');
  });
  test.each(['no', 'yes', 'why?', 'nope', 'no idea'])(
    '“%s” answering the agent’s question is not abuse',
    (t) => {
      expect(names(t, 'Is there anything else I can help you with?')).not.toContain('abusive');
    },
  );
  test('the conversation reads a customer turn as the answer to the agent turn before it', () => {
    const risk = analyzeConversation([
      { key: '1', role: 'agent', text: 'Do you want me to close the ticket?' },
      { key: '2', role: 'customer', text: 'no' },
    ]);
    expect(risk.turns[1]?.analysis.signals).toEqual([]);
    expect(risk.memory?.lastAgent).toBeUndefined();
  });
});

describe('escalates', () => {
  test('explicit abuse in a reply is still abuse', () => {
    expect(names('no, you idiot', 'Did that help?')).toContain('abusive');
  });
});

test('anger at the situation beside a request for a manager is not abuse at the agent', () => {
  const request = analyzeMessage('This is ridiculous. Let me speak to your manager.');
  expect(request.signals.map((s) => s.name)).not.toContain('abusive');
  expect(request.signals.map((s) => s.name)).toContain('threat_escalation');
  expect(analyzeMessage('You are ridiculous and useless.').signals.map((s) => s.name)).toContain('abusive');
});
