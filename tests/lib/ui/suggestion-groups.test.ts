import { expect, test } from 'vitest';
import type { Suggestion } from '../../../lib/suggest/types';
import {
  CARDS_IN_VIEW,
  layoutSuggestions,
  MAX_CARDS,
  numberedCards,
  whyInAgentWords,
} from '../../../lib/ui/suggestion-groups';

const s = (phraseId: string, kind: Suggestion['kind'], extra: Partial<Suggestion> = {}): Suggestion => ({
  phraseId,
  kind,
  text: phraseId,
  template: phraseId,
  fromCustomer: [],
  missing: [],
  why: `why ${kind}`,
  ...extra,
});

const shape = (groups: ReturnType<typeof layoutSuggestions>['inView']) =>
  groups.map((g) => [g.kind, g.items.map((i) => [i.suggestion.phraseId, i.number])]);

test('the first three (the best per kind) are in view, grouped by kind and numbered in display order', () => {
  const layout = layoutSuggestions([
    s('b1', 'boundary'),
    s('r1', 'refer'),
    s('b2', 'boundary'),
    s('a1', 'acknowledge'),
    s('r2', 'refer'),
  ]);
  expect(CARDS_IN_VIEW).toBe(3);
  expect(shape(layout.inView)).toEqual([
    [
      'boundary',
      [
        ['b1', 1],
        ['b2', 2],
      ],
    ],
    ['refer', [['r1', 3]]],
  ]);
  expect(shape(layout.more)).toEqual([
    ['acknowledge', [['a1', 4]]],
    ['refer', [['r2', 5]]],
  ]);
  expect(layout.moreCount).toBe(2);
  expect(numberedCards(layout, false).map((i) => i.number)).toEqual([1, 2, 3]);
  expect(numberedCards(layout, true).map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
});

test('every listed card has a key: no more than nine are listed', () => {
  const many = Array.from({ length: 12 }, (_, i) => s(`p${i}`, i % 2 ? 'acknowledge' : 'empathize'));
  const layout = layoutSuggestions(many);
  const all = numberedCards(layout, true);
  expect(MAX_CARDS).toBe(9);
  expect(all.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(layout.moreCount).toBe(6);
});

test('the reason is said once per group, and not again for a kind already in view', () => {
  const layout = layoutSuggestions([
    s('a1', 'acknowledge'),
    s('a2', 'acknowledge'),
    s('e1', 'empathize'),
    s('a3', 'acknowledge'),
    s('c1', 'clarify'),
  ]);
  expect(layout.inView.map((g) => g.why)).toEqual([['Why acknowledge'], ['Why empathize']]);
  expect(layout.more.map((g) => [g.kind, g.why])).toEqual([
    ['acknowledge', []],
    ['clarify', ['Why clarify']],
  ]);
});

test('no "tier" in what the agent reads: boundary steps in words', () => {
  expect(whyInAgentWords('abusive language: tier 1, a calm reminder of mutual respect')).toBe(
    'Abusive language: a calm reminder of mutual respect',
  );
  expect(whyInAgentWords('tier 1 was sent and the abuse continued: tier 2, a clear warning')).toBe(
    'The first reminder was sent and the abuse continued: a clear warning',
  );
  expect(whyInAgentWords('move to tier 3')).toBe('Move to last step');
  expect(whyInAgentWords('Tiers of boundaries')).toBe('Step of boundaries');
  const layout = layoutSuggestions([
    s('b1', 'boundary', { tier: 2, why: 'tier 1 was sent and the abuse continued: tier 2, a clear warning' }),
    s('b2', 'boundary', { tier: 2, why: 'tier 1 was sent and the abuse continued: tier 2, a clear warning' }),
  ]);
  const [group] = layout.inView;
  expect(group?.step).toBe('Second: a clear warning');
  expect(group?.why).toHaveLength(1);
  expect(JSON.stringify(layout).toLowerCase()).not.toMatch(/"why":\[[^\]]*tier/);
});
