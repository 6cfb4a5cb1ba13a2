/**
 * A realistic support-chat corpus for the analyzer bench, written for Poise (not taken from any dataset): calm
 * requests, frustrated and angry follow-ups, threats and abuse, combined from parts with a seeded generator.
 */
import type { Turn } from '../../lib/chat';

const CUSTOMER = [
  'Hi, I ordered a blender last week and it still has not arrived. Can you check order 48213?',
  'I have tried resetting the router three times already and it is still not working.',
  'This is the third time I am contacting you about the same refund. Nobody ever replies!!!',
  'Thanks, that fixed it. Have a nice evening.',
  'Can I change the delivery address on my order before it ships?',
  'I have been waiting for over two hours on this chat. This is ridiculous.',
  'If this is not sorted today I will cancel my account and switch to another provider.',
  'I want to speak to your manager right now.',
  'I will be filing a complaint and leaving a one star review on Trustpilot.',
  'My lawyer will be in touch if I do not get my money back.',
  'WHY IS THIS STILL NOT FIXED?? I AM SO DONE WITH THIS',
  'you guys are useless f*cking idiots',
  'No problem, I can wait until tomorrow.',
  'I would like to cancel my order, I bought the wrong size.',
  'The app keeps crashing whenever I open the payment page, what should I do?',
  'ok',
  'Is there a fee if I cancel before the end of the month?',
  'I am not happy with how this was handled, it has been a week and no one has helped me.',
  'Great, another error message. Thanks for nothing.',
  'Could you send me the invoice for March again please? I cannot find it in my emails.',
];
const AGENT = [
  'I am sorry about the wait. Let me look into that for you right away.',
  'Thanks for your patience. I have escalated this to our delivery team.',
  'I understand how frustrating this is. Could you tell me the email on the account?',
  'Your refund was issued today and should reach your card within 5 business days.',
  'Is there anything else I can help you with?',
];

/** Deterministic pseudo-random index (LCG), so every bench run sees the same conversation. */
function* indices(seed: number, n: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2147483648;
    yield s % n;
  }
}

/** `count` customer messages in a fixed pseudo-random order. */
export function customerMessages(count: number, seed = 7): string[] {
  const it = indices(seed, CUSTOMER.length);
  return Array.from({ length: count }, () => CUSTOMER[it.next().value as number] as string);
}

/** A conversation of `count` turns, customers and agents alternating (two customer turns in a row now and then). */
export function conversation(count: number, seed = 11): Turn[] {
  const c = indices(seed, CUSTOMER.length);
  const a = indices(seed + 1, AGENT.length);
  return Array.from({ length: count }, (_, i) => {
    const agent = i % 2 === 1 && i % 7 !== 0;
    const text = agent ? AGENT[a.next().value as number] : CUSTOMER[c.next().value as number];
    return { key: `m${i}`, role: agent ? 'agent' : 'customer', text: text as string };
  });
}
