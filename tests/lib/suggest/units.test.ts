import { describe, expect, test } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';
import { detectStage, isNearCopy, isResolved, letThemFinish } from '../../../lib/suggest';
import { sentTier } from '../../../lib/suggest/boundary';
import { agent, customer } from './build';

const strip = (lines: ChatMessage[]) => lines.map(({ key, role, text }) => ({ key, role, text }));

describe('letThemFinish', () => {
  test.each<[string, ChatMessage[], boolean]>([
    [
      'three short messages in a row',
      [agent('Hi'), customer('so'), customer('it broke'), customer('again')],
      true,
    ],
    ['two long ones', [agent('Hi'), customer('x'.repeat(150)), customer('y'.repeat(150))], true],
    ['two short ones', [agent('Hi'), customer('hello'), customer('it broke')], false],
    ['the agent answered', [customer('a'), customer('b'), customer('c'), agent('Thanks')], false],
    [
      'bots and notes do not interrupt the run',
      [
        customer('a'),
        { key: 'b', role: 'bot', text: 'Rate us' },
        customer('b'),
        { key: 'n', role: 'internal', text: 'vip' },
        customer('c'),
      ],
      true,
    ],
    ['empty', [], false],
  ])('%s', (_name, transcript, expected) => expect(letThemFinish(strip(transcript))).toBe(expected));
});

describe('stage', () => {
  test.each<[string, ChatMessage[], string]>([
    ['customer only', [customer('My order is late')], 'opening'],
    ['agent asked a question', [customer('My order is late'), agent('Which order is it?')], 'investigating'],
    [
      'agent offered a fix',
      [customer('My order is late'), agent('I can send a replacement today.'), customer('ok')],
      'resolving',
    ],
    [
      'customer says it works',
      [customer('Broken'), agent('I have reset it.'), customer('Thanks, that worked!')],
      'closing',
    ],
    [
      'sarcastic thanks is not solved',
      [customer('Broken'), agent('Try again.'), customer('thanks for nothing')],
      'investigating',
    ],
  ])('%s → %s', (_name, transcript, stage) => expect(detectStage(strip(transcript))).toBe(stage));

  test.each([
    ['Thank you so much, it works now', true],
    ['great, thanks!', true],
    ['thanks, but it is still broken', false],
    ['Thanks for the reply. Not fixed.', false],
    ['ok', false],
  ])('resolved: %s', (text, expected) => expect(isResolved(strip([customer(text)]))).toBe(expected));
});

describe('near copies', () => {
  test.each([
    ["I'm sorry you had this experience.", "I'm sorry you had this experience.", true],
    ["I'm sorry you had this experience, Dana.", 'Im sorry you had this experience', true],
    [
      'I hear you and I want to get this sorted out.',
      'Hi! I hear you, and I want to get this sorted out. One sec.',
      true,
    ],
    ["I'm sorry for the trouble this has caused you.", 'I am sorry for the wait.', false],
    ['Which email address is linked to your account?', 'Thanks for the email.', false],
  ])('%s ~ %s: %s', (a, b, expected) => expect(isNearCopy(a, b)).toBe(expected));
});

describe('sent boundary tier', () => {
  test.each([
    ["I'm here to help you, and I ask that we keep this respectful so I can do that.", 1],
    ['I am here to help you and ask that we keep this respectful', 1],
    ['Please keep this respectful so we can carry on.', 1],
    ['If this continues I will have to end the chat.', 2],
    ['I have asked once already for respectful language. If it continues, I will have to end this chat.', 2],
    ["I'm ending this chat now because of the language.", 3],
    ['As the abusive language has continued, I am ending this chat now. Your case stays open.', 3],
    ['Please keep to the issue, I cannot continue if the insults continue.', 2],
    ['I respect your decision and will cancel it.', 0],
    ['Let me check your order.', 0],
  ])('%s → %d', (text, tier) => {
    expect(
      sentTier(
        text,
        DEFAULT_PLAYBOOK.filter((p) => p.kind === 'boundary'),
      ),
    ).toBe(tier);
  });
});
