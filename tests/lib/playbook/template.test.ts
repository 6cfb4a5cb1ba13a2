import { describe, expect, test } from 'vitest';
import {
  fillTemplate,
  mentionsTimeline,
  parseTemplate,
  placeholderLabel,
  placeholderSyntaxErrors,
  unfilled,
} from '../../../lib/playbook';

describe('fillTemplate', () => {
  test.each([
    ['Hi {{customer.firstName | there}}!', { 'customer.firstName': 'Dana' }, 'Hi Dana!'],
    ['Hi {{customer.firstName | there}}!', {}, 'Hi there!'],
    ['Hi {{ customer.firstName|there }}!', { 'customer.firstName': '  ' }, 'Hi there!'],
    ['I hear you, {{customer.firstName | }}, and I am on it.', {}, 'I hear you, and I am on it.'],
    ["I'm on it, {{customer.firstName | }}.", {}, "I'm on it."],
    ['Reply {{timeline | within 24 hours}}.', { timeline: 'by Friday' }, 'Reply by Friday.'],
    ['Order {{order.id}} and {{order.id}}', { 'order.id': '88213' }, 'Order 88213 and 88213'],
    ['A fallback with a pipe: {{team | sales | billing}}', {}, 'A fallback with a pipe: sales | billing'],
  ])('%s', (template, values, expected) => {
    expect(fillTemplate(template, values)).toEqual({ text: expected, missing: [], fromCustomer: [] });
  });

  test('a placeholder with no value and no fallback is kept and listed once, never inserted raw', () => {
    const filled = fillTemplate('I found {{ order.id }}. Also {{order.id}} for {{agent.name}}.', {});
    expect(filled.text).toBe('I found {{order.id}}. Also {{order.id}} for {{agent.name}}.');
    expect(filled.missing).toEqual(['order.id', 'agent.name']);
  });

  test('values are inserted as plain text: braces cannot smuggle in a placeholder, long values are capped', () => {
    const filled = fillTemplate('Hi {{customer.firstName}}', { 'customer.firstName': '{{agent.name}}<b>' });
    expect(filled).toEqual({ text: 'Hi agent.name<b>', missing: [], fromCustomer: [] });
    const long = fillTemplate('{{error.message}}', { 'error.message': 'x '.repeat(200) });
    expect(long.text.length).toBeLessThanOrEqual(120);
  });

  test('bidi controls and invisible characters in a value are dropped, the visible name kept', () => {
    const name = '\u202EanaD\u202C\u200B\u2066x\u2069\uFEFF';
    expect(fillTemplate('Hi {{customer.firstName}}, I am on it.', { 'customer.firstName': name }).text).toBe(
      'Hi anaDx, I am on it.',
    );
    // Nothing but invisible characters reads as no value: the fallback applies.
    expect(
      fillTemplate('Hi {{customer.firstName | there}}!', { 'customer.firstName': '\u202E\u200D' }).text,
    ).toBe('Hi there!');
  });
});

describe('parseTemplate and syntax errors', () => {
  test('parts carry name, fallback and position', () => {
    expect(parseTemplate('a {{x.y | z}} b {{w}}')).toEqual([
      { name: 'x.y', fallback: 'z', start: 2, end: 13 },
      { name: 'w', fallback: undefined, start: 16, end: 21 },
    ]);
  });
  test.each([
    ['Hello {{customer.firstName', /unbalanced/],
    ['Hello }} there', /unbalanced/],
    ['Hello {{ | there}}', /no valid name/],
    ['Hello {{first name}}', /no valid name/],
  ])('%s is malformed', (text, reason) => {
    expect(placeholderSyntaxErrors(text).join(' ')).toMatch(reason);
  });
  test('a well-formed template has no errors', () => {
    expect(placeholderSyntaxErrors('Hi {{customer.firstName | there}}, {{timeline}}')).toEqual([]);
  });
});

describe('mentionsTimeline', () => {
  test.each([
    'They will reply {{timeline | within 2 hours}}.',
    'Expect an email by {{date}}.',
    'You will hear back within 24 hours.',
    'They will call you by tomorrow.',
    'An update before the end of the day.',
    'within 3 business days',
  ])('says when: %s', (text) => expect(mentionsTimeline(text)).toBe(true));
  test.each(['I am passing this to my supervisor.', 'They will be in touch soon.', 'It has 24 parts.'])(
    'does not say when: %s',
    (text) => expect(mentionsTimeline(text)).toBe(false),
  );
});

describe('values from strangers', () => {
  test('links, addresses and markdown are removed from a value; a link text keeps its words', () => {
    const value =
      'Go to http://evil.example/x, [help](https://evil.example) or evil.example/reset **now** `ERR_CARD_DECLINED` a@b.co';
    expect(fillTemplate('It said "{{error.message}}".', { 'error.message': value }).text).toBe(
      'It said "Go to help or now ERR_CARD_DECLINED".',
    );
  });
  test('values from the customer are listed once, as filled; the page’s and the agent’s are not', () => {
    const filled = fillTemplate(
      '{{order.id}} {{device}} {{order.id}} {{customer.firstName}} {{agent.name}}',
      {
        'order.id': { value: ' A-17\n', source: 'customer' },
        device: { value: 'iPhone', source: 'customer' },
        'customer.firstName': { value: 'Dana', source: 'page' },
        'agent.name': 'Sam',
      },
    );
    expect(filled.text).toBe('A-17 iPhone A-17 Dana Sam');
    expect(filled.fromCustomer).toEqual([
      { name: 'order.id', value: 'A-17' },
      { name: 'device', value: 'iPhone' },
    ]);
  });
  test('what the agent types fills the same way: plain text, no replacement patterns', () => {
    expect(
      fillTemplate('Order {{order.number}} ships; see {{order.number | soon}}.', { 'order.number': ' A-17 ' })
        .text,
    ).toBe('Order A-17 ships; see A-17.');
    expect(fillTemplate('{{x}}', { x: '$& <b>' }).text).toBe('$& <b>');
  });
  test('unfilled lists names without a non-blank value; labels read as words', () => {
    expect(unfilled(['a', 'b', 'c'], { a: 'x', b: '  ' })).toEqual(['b', 'c']);
    expect(placeholderLabel('order.number')).toBe('order number');
    expect(placeholderLabel('customer.firstName')).toBe('customer first name');
  });
});
