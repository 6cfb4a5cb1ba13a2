// The options page's binding to the real phrase schema and storage: what the editor writes reads back the same.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPlaybookApi } from '../../../entrypoints/options/playbook-adapter';

beforeEach(() => fakeBrowser.reset());

test('a phrase the agent disables stays disabled after it is saved and read back', async () => {
  const api = createPlaybookApi();
  const phrase = api.defaults[0];
  if (!phrase) throw new Error('no default phrase');
  const off = api.withEnabled(phrase, false);
  expect(api.isEnabled(off)).toBe(false);
  expect((await api.writeOwn([off])).ok).toBe(true);
  const { phrases, problems } = await api.readOwn();
  expect(problems).toEqual([]);
  expect(phrases.map((p) => [p.id, api.isEnabled(p)])).toEqual([[phrase.id, false]]);
  expect(api.isEnabled(api.withEnabled(off, true))).toBe(true);
});

test('without a policy there is no team playbook, and no error', async () => {
  expect(await createPlaybookApi().readTeam()).toEqual({ phrases: [], problems: [] });
});

test('compose checks the phrase schema: a new phrase is the agent’s, a moved boundary drops its tier', () => {
  const api = createPlaybookApi();
  const added = api.compose({
    id: 'own-1',
    kind: 'close',
    text: '  Anything else, {{customer.firstName | }}?  ',
  });
  expect(added).toMatchObject({
    ok: true,
    phrase: {
      id: 'own-1',
      kind: 'close',
      text: 'Anything else, {{customer.firstName | }}?',
      source: 'agent',
    },
  });
  const boundary = api.defaults.find((p) => p.kind === 'boundary');
  if (!boundary) throw new Error('no boundary phrase');
  const moved = api.compose({ id: boundary.id, kind: 'acknowledge', text: boundary.text }, boundary);
  expect(moved.ok && moved.phrase.tier).toBeUndefined();
  expect(moved.ok && moved.phrase.tags).toEqual(boundary.tags);

  const refused = api.compose({ id: 'own-2', kind: 'refer', text: 'A colleague will look at {{order.id' });
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.errors.join('\n')).toMatch(/unbalanced braces/);
    expect(refused.errors.join('\n')).toMatch(/refer phrase must say when/);
  }
});
