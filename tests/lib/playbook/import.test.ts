import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PLAYBOOK,
  exportPlaybook,
  PhraseSchema,
  parsePlaybookImport,
  phraseOffers,
} from '../../../lib/playbook';

const good = { id: 'my-ack', kind: 'acknowledge', text: 'I hear you.' };

describe('phrase schema', () => {
  test('fills defaults for a phrase added with only kind and text', () => {
    expect(v.parse(PhraseSchema, good)).toEqual({
      ...good,
      signals: 'any',
      stages: ['opening', 'investigating', 'resolving', 'closing'],
      tags: [],
      source: 'agent',
    });
  });
  test.each([
    [{ ...good, kind: 'boundary' }, 'tier: a boundary phrase needs a tier'],
    [{ ...good, tier: 2 }, 'tier: only boundary phrases have a tier'],
    [{ ...good, fact: 'email' }, 'fact: only clarify phrases ask for a fact'],
    [
      { ...good, kind: 'refer', text: 'I will pass this to my manager.' },
      'text: a refer phrase must say when',
    ],
    [{ ...good, text: '   ' }, 'text: text is empty'],
    [{ ...good, id: 'Has Spaces' }, 'id: id: lowercase'],
    [{ ...good, signals: [] }, 'signals'],
    [{ ...good, signals: ['grumpy'] }, 'signals'],
    [{ ...good, text: 'Hi {{customer.firstName' }, 'unbalanced braces'],
    [{ ...good, offer: 'voucher' }, 'offer: offer must be one of replacement, credit, refund, exception'],
    [{ ...good, offer: [] }, 'offer'],
  ])('rejects %j', (phrase, reason) => {
    const result = parsePlaybookImport(JSON.stringify([phrase]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(reason);
  });
});

describe('offers that cost money or bend policy', () => {
  const offering = {
    id: 'team-credit',
    kind: 'solve',
    text: 'I can put 10 euros of credit on your account.',
  };
  test('a team or agent phrase tags what it offers, one kind or several', () => {
    const one = parsePlaybookImport(JSON.stringify([{ ...offering, offer: 'credit' }]));
    const both = parsePlaybookImport(JSON.stringify([{ ...offering, offer: ['replacement', 'refund'] }]));
    expect(one.ok && phraseOffers(one.playbook[0] ?? {})).toEqual(['credit']);
    expect(both.ok && phraseOffers(both.playbook[0] ?? {})).toEqual(['replacement', 'refund']);
    expect(phraseOffers(v.parse(PhraseSchema, good))).toEqual([]);
  });
});

describe('parsePlaybookImport', () => {
  test('reads back what exportPlaybook wrote; imported phrases become the agent’s own', () => {
    const result = parsePlaybookImport(exportPlaybook(DEFAULT_PLAYBOOK.slice(0, 5)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.playbook.map((p) => p.id)).toEqual(DEFAULT_PLAYBOOK.slice(0, 5).map((p) => p.id));
    expect(result.playbook.every((p) => p.source === 'agent')).toBe(true);
  });

  test('accepts a bare array', () => {
    expect(parsePlaybookImport(JSON.stringify([good]))).toMatchObject({
      ok: true,
      playbook: [{ id: 'my-ack' }],
    });
  });

  test('reasons name the phrase and the field', () => {
    const file = { version: 1, phrases: [good, { id: 'x1', kind: 'shout', text: 'hey' }, { ...good }] };
    const result = parsePlaybookImport(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^phrases\[1\] \(x1\)\.kind: kind must be one of acknowledge/),
        'phrases[2] (my-ack).id: "my-ack" is used twice',
      ],
    });
  });

  test.each([
    ['{not json', /not valid JSON/],
    ['{"phrases": 3}', /expected a list of phrases/],
    ['"hello"', /expected a list of phrases/],
    ['{"version": 2, "phrases": []}', /version 2 is not supported/],
  ])('rejects %s', (json, reason) => {
    const result = parsePlaybookImport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(reason);
  });

  test('many bad phrases: the first 20 reasons and a count', () => {
    const result = parsePlaybookImport(
      JSON.stringify(Array.from({ length: 30 }, (_, i) => ({ id: `p${i}` }))),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(21);
      expect(result.errors.at(-1)).toMatch(/more problems/);
    }
  });

  test('is pure: a failed import returns reasons and touches nothing it was given', () => {
    const current = structuredClone(DEFAULT_PLAYBOOK.slice(0, 3));
    const before = JSON.stringify(current);
    const result = parsePlaybookImport('[{"id": "bad"}]');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(current)).toBe(before);
  });
});
