import { expect, test } from 'vitest';
import { fillPlaceholders, placeholderLabel, unfilled } from '../../../lib/ui/placeholders';

test('fills named placeholders with plain text, leaves others', () => {
  const text = 'Order {{order.number}} ships to {{ address }}; see {{order.number | soon}}.';
  expect(fillPlaceholders(text, { 'order.number': ' A-17 ', address: '' })).toBe(
    'Order A-17 ships to {{ address }}; see A-17.',
  );
  // `$&` in a value is not a replacement pattern.
  expect(fillPlaceholders('{{x}}', { x: '$& <b>' })).toBe('$& <b>');
});

test('unfilled lists names without a non-blank value', () => {
  expect(unfilled(['a', 'b', 'c'], { a: 'x', b: '  ' })).toEqual(['b', 'c']);
});

test('labels read as words', () => {
  expect(placeholderLabel('order.number')).toBe('order number');
  expect(placeholderLabel('customer.firstName')).toBe('customer first name');
});
