// The example enterprise policies in docs/policies carry a team playbook that the one managed-storage
// schema (public/managed-schema.json, the manifest's storage.managed_schema) accepts and that Poise itself reads
// without dropping a phrase. An example that drifts from the schema or the phrase rules fails here.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { PhraseSchema } from '../../lib/playbook/schema';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(json('public/managed-schema.json'));

/** Where each browser's policy file puts Poise's managed storage, as a path of keys. */
const EXAMPLES: [string, string[]][] = [
  // Chrome and Edge (Linux JSON policy; the same keys as Windows' 3rdparty registry tree).
  ['docs/policies/chrome-edge-linux.json', ['3rdparty', 'extensions', 'POISE_EXTENSION_ID']],
  // Firefox policies.json: 3rdparty.Extensions.<add-on id> becomes storage.managed.
  ['docs/policies/firefox-policies.json', ['policies', '3rdparty', 'Extensions', 'poise@poise.example']],
];

const at = (value: unknown, path: string[]): unknown =>
  path.reduce((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe.each(EXAMPLES)('%s', (file, path) => {
  const managed = at(json(file), path) as { teamPlaybook: unknown[] };

  test('validates against public/managed-schema.json', () => {
    expect(validate(managed), JSON.stringify(validate.errors)).toBe(true);
    expect(managed.teamPlaybook.length).toBeGreaterThan(0);
  });

  test("every phrase passes Poise's own phrase rules", () => {
    for (const phrase of managed.teamPlaybook) {
      const result = v.safeParse(PhraseSchema, phrase);
      expect(result.success, JSON.stringify(result.issues?.map((i) => i.message))).toBe(true);
    }
  });
});

test('the schema is live: a phrase of an unknown kind or a misspelt signal is refused', () => {
  expect(validate({ teamPlaybook: [{ id: 'x', kind: 'shout', text: 'Hi' }] })).toBe(false);
  expect(validate({ teamPlaybook: [{ id: 'x', kind: 'close', text: 'Bye', signals: ['angry'] }] })).toBe(
    false,
  );
  expect(validate({ teamPlaybook: [{ id: 'Bad Id', kind: 'close', text: 'Bye' }] })).toBe(false);
});

test('the Firefox example force-installs the add-on id the Firefox package is built with', () => {
  const config = readFileSync('wxt.config.ts', 'utf8');
  const id = /GECKO_ID = '([^']+)'/.exec(config)?.[1];
  expect(Object.keys(json('docs/policies/firefox-policies.json').policies.ExtensionSettings)).toEqual([id]);
});
