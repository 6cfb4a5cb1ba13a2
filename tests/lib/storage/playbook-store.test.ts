import * as v from 'valibot';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { agentPhrasesItem, createPhraseStore, repairPhrases } from '../../../lib/storage/playbook-store';

beforeEach(() => fakeBrowser.reset());

// A stand-in for the playbook's schema: the store only relies on it being a valibot schema with an id.
const Phrase = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['acknowledge', 'boundary']),
  text: v.pipe(v.string(), v.minLength(1)),
  enabled: v.optional(v.boolean(), true),
});
const store = createPhraseStore(Phrase);

test('bad items are dropped and reported one by one; good ones load', async () => {
  await agentPhrasesItem.setValue({
    phrases: [
      { id: 'a', kind: 'acknowledge', text: 'I hear you.' },
      { id: 'b', kind: 'nonsense', text: 'x' },
      'not an object',
      { id: 'a', kind: 'boundary', text: 'duplicate id' },
      { id: 'c', kind: 'boundary', text: 'Let us keep this respectful.', enabled: false },
    ],
  });
  const { phrases, problems } = await store.read();
  expect(phrases.map((p) => [p.id, p.enabled])).toEqual([
    ['a', true],
    ['c', false],
  ]);
  expect(problems).toHaveLength(3);
  expect(problems[0]).toMatch(/^phrase 2 \(b\): kind: /);
  expect(problems[1]).toMatch(/^phrase 3 \(\?\)/);
  expect(problems[2]).toBe('phrase 4 (a): duplicate id; left out');
});

test('nothing stored reads as no phrases and no problems; a foreign value is reported', () => {
  expect(repairPhrases(Phrase, undefined)).toEqual({ phrases: [], problems: [] });
  expect(repairPhrases(Phrase, 42).problems).toEqual(['your phrases: not a list, nothing loaded']);
});

test('a failed write is reported and the previous phrases are kept', async () => {
  const first = [{ id: 'a', kind: 'acknowledge' as const, text: 'I hear you.', enabled: true }];
  expect(await store.write(first)).toEqual({ ok: true, phrases: first });
  const original = fakeBrowser.storage.local.set;
  fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  const failed = await store.write([]);
  fakeBrowser.storage.local.set = original;
  expect(failed.ok).toBe(false);
  expect(failed.ok === false && failed.error).toContain('the previous ones are kept');
  expect((await store.read()).phrases).toEqual(first);
});
