import { expect, test } from 'vitest';
import { phraseTypes, problemTypes } from '../../../lib/suggest/problem-type';

test.each([
  ["My parcel was due on Friday and still hasn't arrived", ['delivery']],
  ['The tracking page says in transit, it is still not working', ['delivery']],
  ['I was charged twice for my plan', ['billing']],
  ['I am locked out of my account after a password reset', ['account']],
  ['The app crashes when I open the camera', ['technical']],
  ['Order #48213 is late and I was charged twice', ['delivery', 'billing']],
  ['I have a problem with you guys', []],
  ['I want to cancel my account', []],
])('%s → %j', (text, types) => {
  expect(problemTypes(text)).toEqual(types);
});

test('playbook tags name problem types, the older names included', () => {
  expect(phraseTypes(['delivery'])).toEqual(['delivery']);
  expect(phraseTypes(['order', 'tech'])).toEqual(['delivery', 'technical']);
  expect(phraseTypes(['repeat'])).toEqual([]);
});
