/**
 * The challenge set (tests/fixtures/challenge/challenge.jsonl) is our own: written apart from all training data,
 * never trained on, scored by `npm run eval`. These tests keep it that way: every signal and every kind of hard
 * negative the issue names is there, and no row copies a third-party eval row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SIGNAL_NAMES } from '../../../lib/analyzer/types';
import { copiedRows } from '../../../tools/eval/overlap';

interface Row {
  id: string;
  text: string;
  labels: string[];
  not?: string[];
  agent_before?: string;
}
const ROOT = resolve(import.meta.dirname, '../../..');
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const rows = lines(join(ROOT, 'tests/fixtures/challenge/challenge.jsonl')) as unknown as Row[];
const calm = rows.filter((r) => r.labels.join() === 'calm');
const negatives = rows.filter((r) => r.labels.join() === 'calm' || (r.not ?? []).length > 0);
const positives = rows.filter((r) => r.labels.some((l) => (SIGNAL_NAMES as readonly string[]).includes(l)));

describe('challenge set', () => {
  test('at least 150 positives and as many hard negatives', () => {
    expect(positives.length).toBeGreaterThanOrEqual(150);
    expect(negatives.length).toBeGreaterThanOrEqual(positives.length);
  });

  test.each(SIGNAL_NAMES)('%s has at least 20 rows', (signal) => {
    expect(rows.filter((r) => r.labels.includes(signal)).length).toBeGreaterThanOrEqual(20);
  });

  test.each([
    ['legal department', /legal (department|team)/i],
    [
      'speak to someone about an upgrade or a sale',
      /(speak|talk) to (someone|a person).*(upgrad|sales|quote)/i,
    ],
    ['cancel an order, not the account', /cancel.*order/i],
    ['close a duplicate account', /duplicate/i],
    ['shouting in capitals', /^[^a-z]*[A-Z]{4,}[^a-z]*$/],
  ])('hard negatives include %s', (_kind, re) => {
    expect(calm.some((r) => re.test(r.text))).toBe(true);
  });

  test('replies to an agent question carry the question', () => {
    const replies = calm.filter((r) => r.agent_before !== undefined);
    expect(replies.map((r) => r.text.toLowerCase())).toEqual(expect.arrayContaining(['no', 'yes', 'why?']));
    expect(replies.every((r) => (r.agent_before ?? '').length > 0)).toBe(true);
  });

  test('products insulted, agents not: those rows name abuse as what they must not raise', () => {
    expect(rows.filter((r) => r.not?.includes('abusive')).length).toBeGreaterThanOrEqual(10);
  });

  test('ids are unique', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  test('no row equals or nearly equals a third-party eval row', () => {
    const dir = resolve(ROOT, '../shared/eval');
    const texts: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const r of lines(join(dir, file))) {
        if (Array.isArray(r.turns)) for (const t of r.turns as { text: string }[]) texts.push(t.text);
        else texts.push(String(r.text));
      }
    }
    expect(texts.length).toBeGreaterThan(50_000);
    expect(copiedRows(rows, texts)).toEqual([]);
  }, 60_000);
});

describe('copiedRows', () => {
  const evalTexts = [
    'Where is my parcel? It was due on Monday.',
    'no',
    'I want to speak to a manager now please',
  ];
  test('finds an exact copy under other case and punctuation', () => {
    expect(copiedRows([{ text: 'where is my parcel it was due on monday' }], evalTexts)).toHaveLength(1);
  });
  test('finds a near copy', () => {
    expect(copiedRows([{ text: 'I want to speak to a manager now' }], evalTexts)).toHaveLength(1);
  });
  test('allows a stock reply only as an answer to a question the row gives', () => {
    expect(copiedRows([{ text: 'No', agent_before: 'Anything else?' }], evalTexts)).toEqual([]);
    expect(copiedRows([{ text: 'No' }], evalTexts)).toHaveLength(1);
  });
  test('lets a row in its own words pass', () => {
    expect(copiedRows([{ text: 'Get me whoever sits above you' }], evalTexts)).toEqual([]);
  });
});
