import { expect, test } from 'vitest';
import type { Suggestion } from '../../../lib/suggest/types';
import { groupSuggestions } from '../../../lib/ui/suggestion-groups';

const s = (phraseId: string, kind: Suggestion['kind']): Suggestion => ({
  phraseId,
  kind,
  text: phraseId,
  template: phraseId,
  fromCustomer: [],
  missing: [],
  why: '',
});

test('groups keep rank order of first appearance and number in display order', () => {
  const groups = groupSuggestions([s('a1', 'acknowledge'), s('b1', 'boundary'), s('a2', 'acknowledge')]);
  expect(groups.map((g) => [g.kind, g.items.map((i) => [i.suggestion.phraseId, i.number])])).toEqual([
    [
      'acknowledge',
      [
        ['a1', 1],
        ['a2', 2],
      ],
    ],
    ['boundary', [['b1', 3]]],
  ]);
});
