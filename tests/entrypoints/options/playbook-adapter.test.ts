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
