import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteAllHistory,
  forgetFilledText,
  HISTORY_MAX_AGE_MS,
  historyItem,
  pruneHistory,
  type ReviewEntry,
  readHistory,
  saveReview,
} from '../../../lib/storage/history';

beforeEach(() => fakeBrowser.reset());

const NOW = 1_800_000_000_000;
const DAY = 24 * 60 * 60 * 1000;
const entry = (id: string, savedAt: number): ReviewEntry => ({
  id,
  savedAt,
  siteId: 'zendesk',
  peak: 'escalating',
  scores: [10, 60, 40],
  outcomes: [{ phraseId: 'ack-hear', template: 'I hear you.', before: 60, after: 40, fell: true }],
});

test('reading drops entries older than 30 days and writes the pruned list back', async () => {
  await historyItem.setValue([
    entry('new', NOW - DAY),
    entry('old', NOW - 31 * DAY),
    entry('edge', NOW - 30 * DAY),
  ]);
  const read = await readHistory(NOW);
  expect(read.map((e) => e.id)).toEqual(['new', 'edge']);
  expect(((await historyItem.getValue()) as ReviewEntry[]).map((e) => e.id)).toEqual(['new', 'edge']);
});

test('saving prunes too, replaces by id and keeps the newest first', async () => {
  await historyItem.setValue([entry('a', NOW - 2 * DAY), entry('stale', NOW - 40 * DAY)]);
  await saveReview(entry('b', NOW), NOW);
  const saved = await saveReview({ ...entry('a', NOW + 1), peak: 'critical' }, NOW + 1);
  expect(saved.map((e) => [e.id, e.peak])).toEqual([
    ['a', 'critical'],
    ['b', 'escalating'],
  ]);
  expect(await readHistory(NOW + 1)).toEqual(saved);
});

test('damaged entries are dropped, not thrown', () => {
  expect(pruneHistory('nonsense', NOW)).toEqual([]);
  expect(
    pruneHistory([{ id: 1 }, null, entry('ok', NOW), { ...entry('bad', NOW), peak: 'furious' }], NOW),
  ).toEqual([entry('ok', NOW)]);
  // A clock set back: entries "from the future" are not trusted either.
  expect(pruneHistory([entry('future', NOW + HISTORY_MAX_AGE_MS)], NOW)).toEqual([]);
});

test('delete all empties the history', async () => {
  await saveReview(entry('x', NOW), NOW);
  await deleteAllHistory();
  expect(await readHistory(NOW)).toEqual([]);
});

test('reviews saved by version 1 forget the filled text of each reply (it could quote the customer)', async () => {
  const v1 = [
    {
      ...entry('v1', NOW - DAY),
      outcomes: [{ text: 'Sorry Zyxwvut, order 88213 is late.', before: 60, after: 40, fell: true }],
    },
  ];
  const migrated = forgetFilledText(v1);
  expect(JSON.stringify(migrated)).not.toContain('Zyxwvut');
  expect(pruneHistory(migrated, NOW)[0]?.outcomes).toEqual([
    { phraseId: 'unknown', template: '', before: 60, after: 40, fell: true },
  ]);
  // Through the storage item, as an agent updating Poise would meet it.
  await fakeBrowser.storage.local.set({ history: v1, history$: { v: 1 } });
  expect(JSON.stringify(await readHistory(NOW))).not.toContain('Zyxwvut');
  expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Zyxwvut');
});
