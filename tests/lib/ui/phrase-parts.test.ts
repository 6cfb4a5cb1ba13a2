import { expect, test } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';
import { fallbackWords, phraseParts } from '../../../lib/ui/phrase-parts';

test('a phrase splits into text and named placeholders with their fallbacks', () => {
  expect(phraseParts('Hi {{customer.firstName | there}}, I’m {{agent.name}}.')).toEqual([
    { type: 'text', text: 'Hi ' },
    { type: 'placeholder', name: 'customer.firstName', label: 'customer’s first name', fallback: 'there' },
    { type: 'text', text: ', I’m ' },
    { type: 'placeholder', name: 'agent.name', label: 'your name', fallback: undefined },
    { type: 'text', text: '.' },
  ]);
  expect(phraseParts('{{customer.firstName | }}')).toEqual([
    { type: 'placeholder', name: 'customer.firstName', label: 'customer’s first name', fallback: '' },
  ]);
  expect(phraseParts('{{shipping.carrierName}}')[0]).toMatchObject({ label: 'shipping carrier name' });
});

test('what a chip says happens when the value is unknown', () => {
  expect(fallbackWords('there')).toBe('or “there”');
  expect(fallbackWords('')).toBe('left out when unknown');
  expect(fallbackWords(undefined)).toBe('asked for when unknown');
});

test('no built-in phrase keeps template braces in its text runs', () => {
  for (const p of DEFAULT_PLAYBOOK)
    for (const part of phraseParts(p.text))
      if (part.type === 'text') expect(part.text, p.id).not.toMatch(/\{\{|\}\}/);
});
