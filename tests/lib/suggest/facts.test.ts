import { describe, expect, test } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import type { Fact } from '../../../lib/playbook';
import { extractFacts, factsIn } from '../../../lib/suggest';
import { factNeeds } from '../../../lib/suggest/needs';

describe('facts found in text', () => {
  test.each<[string, Fact, string]>([
    ['My order 88213 never arrived', 'orderId', '88213'],
    ['order number: AB-12345', 'orderId', 'AB-12345'],
    ['It is #55120, placed online', 'orderId', '55120'],
    ['my account number is 77-1234', 'accountId', '77-1234'],
    ['email me at dana.k+shop@example.co.uk please', 'email', 'dana.k+shop@example.co.uk'],
    ['on my iPhone with safari', 'device', 'iPhone, Safari'],
    ['it says "Payment declined" every time', 'errorMessage', 'Payment declined'],
    ['I get error 0x504 at checkout', 'errorMessage', '0x504'],
    ['Error: card not supported', 'errorMessage', 'card not supported'],
    ['It started on Monday', 'dates', 'on Monday'],
    ['I ordered on March 3rd', 'dates', 'March 3rd'],
    ['it was charged 12/03/2025', 'dates', '12/03/2025'],
    ['since yesterday it fails', 'dates', 'yesterday'],
    ["I've already tried restarting the app twice", 'stepsTried', 'tried restarting the app twice'],
    ['I reinstalled it', 'stepsTried', 'reinstalled it'],
  ])('%s → %s', (text, fact, value) => {
    expect(factsIn(text)[fact]).toBe(value);
  });

  test.each([
    'I have a problem with my order',
    'I have been waiting for 3 hours',
    'the order was wrong',
    'Please help me',
  ])('no id, email or error in: %s', (text) => {
    const found = factsIn(text);
    expect([found.orderId, found.accountId, found.email, found.errorMessage]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('later mentions win; bots and notes are not read', () => {
    const transcript: ChatMessage[] = [
      { key: '1', role: 'customer', text: 'order 11111' },
      { key: '2', role: 'internal', text: 'order 99999 email: note@corp.example' },
      { key: '3', role: 'customer', text: 'sorry, order 22222' },
    ];
    expect(extractFacts(transcript)).toEqual({ orderId: { value: '22222', source: 'customer' } });
  });
});

describe('hostile text', () => {
  test.each(['a', 'a.', 'a@', 'a1', '1-', 'order '])('100 KB of %j is read in well under 100 ms', (unit) => {
    const text = unit.repeat(100_000 / unit.length);
    const start = performance.now();
    factsIn(text);
    expect(performance.now() - start).toBeLessThan(100);
  });

  test('facts past the first 4,000 characters of a message are not read', () => {
    expect(factsIn(`${'x '.repeat(2000)} order 88213`).orderId).toBeUndefined();
    expect(factsIn(`order 88213 ${'x '.repeat(2000)}`).orderId).toBe('88213');
  });

  test('a message is read once: the next panel update reuses its facts', () => {
    let reads = 0;
    const message = (key: string, text: string): ChatMessage => ({
      key,
      role: 'customer',
      get text() {
        reads++;
        return text;
      },
    });
    const transcript = [message('1', 'order 11111'), message('2', 'on my iPhone')];
    const facts = {
      orderId: { value: '11111', source: 'customer' },
      device: { value: 'iPhone', source: 'customer' },
    };
    expect(extractFacts(transcript)).toEqual(facts);
    const first = reads;
    expect(extractFacts(transcript)).toEqual(facts);
    expect(reads).toBe(first);
  });
});

describe('error text: real quotes from the customer only', () => {
  test.each([
    ["it says 'Too many attempts, try again later' now", 'Too many attempts, try again later'],
    ['the screen shows “Card not supported” again', 'Card not supported'],
    ['I keep getting ‘Session expired’ when I pay', 'Session expired'],
  ])('%s', (text, error) => {
    expect(factsIn(text).errorMessage).toBe(error);
  });

  test.each([
    "Thanks for getting in touch. I'm Alex and I'll look into this for you.",
    "It says it's broken and won't load",
    'it shows "" and nothing else',
    "the message says '  ' only",
  ])('apostrophes inside words and empty quotes are no error: %s', (text) => {
    expect(factsIn(text).errorMessage).toBeUndefined();
  });

  test("the agent's words are never read as the error the customer saw", () => {
    const facts = extractFacts([
      { key: '1', role: 'customer', text: 'The app crashes.' },
      { key: '2', role: 'agent', text: 'The log shows "Payment failed" on our side.' },
    ]);
    expect(facts.errorMessage).toBeUndefined();
  });
});

describe('which facts to ask for', () => {
  const said = (text: string): ChatMessage[] => [{ key: '1', role: 'customer', text }];
  test('a delivery problem asks for the order number first', () => {
    expect(factNeeds(said('My parcel has not arrived'), {}).missing[0]).toBe('orderId');
  });
  test('a login problem asks for the email first, and not again once given', () => {
    expect(factNeeds(said('I cannot log in'), {}).missing[0]).toBe('email');
    expect(
      factNeeds(said('I cannot log in'), { email: { value: 'a@b.co', source: 'customer' } }).missing,
    ).not.toContain('email');
  });
  test('an app problem asks for the error and the device', () => {
    expect(factNeeds(said('The app crashes'), {}).missing.slice(0, 2)).toEqual(['errorMessage', 'device']);
  });
  test('a late parcel: the order and dates, never the device, the error or the steps tried', () => {
    const needs = factNeeds(said("My parcel hasn't arrived and the tracking page is still not working"), {});
    expect(needs.types).toEqual(['delivery']);
    expect(needs.missing).toEqual(['orderId', 'dates']);
  });
  test('known from the page: one way to identify the customer is enough', () => {
    const page = { email: { value: 'a@b.co', source: 'page' } } as const;
    expect(factNeeds(said('I was charged twice this week'), page).missing).not.toContain('accountId');
    // A parcel still needs its order number.
    expect(factNeeds(said('My parcel is late'), page).missing).toContain('orderId');
  });
  test('a customer who says no message appeared is not asked for the error', () => {
    expect(factNeeds(said('The app crashes. No message at all.'), {}).missing).not.toContain('errorMessage');
  });
  test('a vague problem is flagged as vague', () => {
    expect(factNeeds(said('I have a problem with you guys'), {})).toMatchObject({
      vague: true,
      types: [],
      missing: [],
    });
  });
});
