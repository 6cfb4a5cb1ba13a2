// One module of settings edits, used by the popup and the options page alike, so the two cannot drift apart.
import { expect, test } from 'vitest';
import {
  withAgentName,
  withCustomSelectors,
  withKindShown,
  withOffer,
  withoutSite,
} from '../../../lib/storage/settings-edits';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';

const base = structuredClone(DEFAULT_SETTINGS);

test('a kind hidden and shown again goes last; hiding twice is harmless', () => {
  const first = base.kindsShown[0];
  if (!first) throw new Error('no kinds shown by default');
  const hidden = withKindShown(withKindShown(base, first, false), first, false);
  expect(hidden.kindsShown).not.toContain(first);
  expect(withKindShown(hidden, first, true).kindsShown.at(-1)).toBe(first);
});

test('the agent name is trimmed and capped: it is filled into replies', () => {
  expect(withAgentName(base, '  Alex  ').agentName).toBe('Alex');
  expect(withAgentName(base, 'x'.repeat(500)).agentName).toHaveLength(80);
});

test("a site forgotten goes back to its default; another site's selectors are cleaned", () => {
  const on = { ...base, sites: { 'https://help.example.org': true } };
  expect(withoutSite(on, 'https://help.example.org').sites).toEqual({});
  const sel = withCustomSelectors(base, 'https://help.example.org', { message: '  .msg ', author: '' });
  expect(sel.customSelectors['https://help.example.org']).toEqual({ message: '.msg' });
  expect(withCustomSelectors(sel, 'https://help.example.org', {}).customSelectors).toEqual({});
});

test('an offer ticked is allowed once, in the fixed order; unticked it is gone', () => {
  expect(base.offers).toEqual([]);
  const refund = withOffer(withOffer(base, 'refund', true), 'refund', true);
  expect(refund.offers).toEqual(['refund']);
  const both = withOffer(refund, 'replacement', true);
  expect(both.offers).toEqual(['replacement', 'refund']);
  expect(withOffer(both, 'refund', false).offers).toEqual(['replacement']);
});
