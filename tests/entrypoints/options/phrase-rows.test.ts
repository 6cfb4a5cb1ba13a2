import { expect, test } from 'vitest';
import {
  allRows,
  DEFAULT_VIEW,
  kindCounts,
  matchesQuery,
  visibleRows,
} from '../../../entrypoints/options/phrase-rows';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';
import { fakePlaybook, phrase } from './fake-playbook';

const api = fakePlaybook();

test('rows apply edits over defaults, then the agent’s own, then the team’s', () => {
  const own = [
    phrase({ id: 'd-ack', kind: 'acknowledge', text: 'Edited' }),
    phrase({ id: 'mine', kind: 'close', text: 'Bye' }),
  ];
  const team = [phrase({ id: 't', kind: 'close', text: 'Team bye', source: 'team' })];
  expect(allRows(own, team, api).map((r) => [r.phrase.id, r.source])).toEqual([
    ['d-ack', 'edited'],
    ['d-ack-name', 'default'],
    ['d-bound', 'default'],
    ['d-order', 'default'],
    ['mine', 'own'],
    ['t', 'team'],
  ]);
});

test('every word of the search must appear in the text or id, in any case', () => {
  const p = { id: 'd-ack', text: 'I hear you, that sounds frustrating.' };
  expect(matchesQuery(p, 'HEAR frustrating')).toBe(true);
  expect(matchesQuery(p, 'hear refund')).toBe(false);
  expect(matchesQuery(p, '   ')).toBe(true);
});

test('the built-in playbook opens on one kind, far fewer rows than all of it', () => {
  const rows = allRows([], [], { defaults: DEFAULT_PLAYBOOK, isEnabled: () => true });
  const counts = kindCounts(rows, DEFAULT_VIEW);
  expect(counts.all).toBe(DEFAULT_PLAYBOOK.length);
  const shown = visibleRows(rows, DEFAULT_VIEW);
  expect(shown.length).toBe(counts[DEFAULT_VIEW.kind as 'acknowledge']);
  expect(shown.length).toBeLessThan(DEFAULT_PLAYBOOK.length / 4);
});
