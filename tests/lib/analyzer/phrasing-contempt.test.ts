/**
 * Fifth probe (an independent writer's 120 messages, kept outside the repository): contempt for the agent in words no
 * insult list holds, outrage, frustration and threats in everyday wording, and routing requests or quoted errors that
 * keyword rules flag. The sentences here are my own paraphrases of each family, not the probe's rows.
 */
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/analyzer';
import type { SignalName } from '../../../lib/analyzer/types';

const raised = (text: string) => analyzeMessage(text).signals.map((s) => s.name);

describe('contempt in ordinary words is abuse at the agent', () => {
  test.each<string>([
    // a simile about talking to the agent
    'Chatting with you is like arguing with a fridge.',
    'honestly typing to you feels like talking into a drain',
    // someone or something that would do the job better
    'My grandmother could sort this out faster than your entire team.',
    'A toaster would have given me a better answer than you.',
    'My cat has more common sense than you lot.',
    'You could get more sense out of a fortune cookie than out of you.',
    // doubting the agent's training, hiring or brain
    'Did they even train you before putting you on this chat?',
    'Are you even qualified to be answering these questions?',
    'Do they just hire anyone with a pulse now?',
    'Use your brain for a second, please.',
    'Maybe try listening for once.',
    // condescension
    'This is clearly above your pay grade.',
    'Let me explain it really slowly so you can follow.',
    'You are the least helpful person I have spoken to this month.',
    'What a pathetic excuse for customer support.',
    'How does someone this clueless get a job answering customers?',
    "They couldn't find the problem if it slapped them in the face.",
  ])('%s', (text) => {
    expect(raised(text)).toContain('abusive');
  });
});

describe('outrage, frustration and threats in everyday wording', () => {
  test.each<[string, SignalName]>([
    ['How is it acceptable to change my plan without asking me?', 'anger'],
    ['You renewed it without my consent.', 'anger'],
    ['Appalling. Nobody told me the flight was moved.', 'anger'],
    ['And here we go again with the same error.', 'frustration'],
    ['So we are back to square one after two weeks.', 'frustration'],
    ['i been bounce from team to team all morning', 'frustration'],
    ['Three callbacks promised and not a single one came.', 'frustration'],
    ['Why does it take a whole week to reset a password?', 'frustration'],
    ['An hour on hold just to be told to clear my cookies.', 'frustration'],
    ['Another company is offering half the price and I am taking it.', 'threat_churn'],
    ["After twelve years with you, I'm leaving.", 'threat_churn'],
    ['I will be moving my number to another network.', 'threat_churn'],
    ['My solicitor will start proceedings if this is not refunded.', 'threat_legal'],
    ['You can explain that to a judge then.', 'threat_legal'],
    ['Please pass this up to someone who can make a decision.', 'threat_escalation'],
  ])('%s raises %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });
});

describe('routing requests, roles, quoted errors and feelings already resolved stay calm', () => {
  test.each<string>([
    'Can I speak to someone about my invoice? One line looks wrong.',
    'Could you transfer me to the billing team? I need a VAT receipt.',
    'Please put me through to sales, we want ten more licences.',
    'Does the manager account see every branch report?',
    'How do I escalate privileges for our new admin?',
    'No complaints at all, I just wanted the opening hours.',
    'When I log in it says "Fatal error: session terminated" and logs me out.',
    'The checkout showed "Payment failed: card declined" but the bank says it is fine.',
    'I was livid at first but you fixed it in minutes, thank you.',
    'Sorry for the double message, my connection is awful this morning.',
  ])('%s', (text) => {
    expect(raised(text)).toEqual([]);
  });

  test.each<string>([
    // the same words at the agent still count
    'I want to speak to someone about this, you are no help at all.',
    'The error said "Payment failed" and then you charged me twice anyway!',
  ])('still negative: %s', (text) => {
    expect(raised(text).length).toBeGreaterThan(0);
  });
});

// Second independent probe (100 messages, read only after the families above were written): what it still missed.
describe('second probe: waiting, silence, mocking the agent, leaving, going public', () => {
  test.each<[string, SignalName]>([
    ['We have been waiting more than two hours for anyone to pick this up.', 'frustration'],
    ['Four days waiting for a technician, nothing.', 'frustration'],
    ['The case has been pending since February.', 'frustration'],
    ['Sent five emails and zero replies.', 'frustration'],
    ['Why do I need to upload my passport again? I sent it yesterday.', 'frustration'],
    ['They said someone would ring me back and I never got a call.', 'frustration'],
    ['Is there a grown-up there I can talk to instead?', 'abusive'],
    ['A hamster could have remembered what I told you five minutes ago.', 'abusive'],
    ['I get more useful replies from my microwave than from you.', 'abusive'],
    ['Did you sleep through your training or was there none?', 'abusive'],
    ['Dropping this much data after an update is outrageous.', 'anger'],
    ['We are moving the whole company off your platform next month.', 'threat_churn'],
    ['I will never book with you again.', 'threat_churn'],
    ['Everyone on TikTok will know about this by tonight.', 'threat_complaint'],
    ['I am filing a report with the FCC today.', 'threat_legal'],
  ])('%s raises %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });

  test.each<string>([
    'I keep getting "Critical failure: job aborted" on export, any idea?',
    'I was quite cross on Monday about the invoice, but it got sorted, thanks for that.',
    'Do I text STOP to unsubscribe from the delivery alerts?',
    'Can I port my number in from my old provider?',
    'I am waiting for the 24 hour cooling period, then I will try again.',
  ])('calm: %s', (text) => {
    expect(raised(text)).toEqual([]);
  });
});
