import { describe, expect, test } from 'vitest';
import { excerptHighlights, mergeSpans, splitHighlights } from '../../../lib/ui/highlight';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('splitHighlights', () => {
  test('marks exactly the spans and keeps every character', () => {
    const text = 'It is STILL not working, useless!';
    const segments = splitHighlights(text, [
      { start: 6, end: 23, rule: 'phrase:still-not-working' },
      { start: 25, end: 32, rule: 'word:useless' },
    ]);
    expect(join(segments)).toBe(text);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['STILL not working', 'useless']);
    expect(segments[1]?.rules).toEqual(['phrase:still-not-working']);
  });

  test('merges overlapping spans and keeps both rules', () => {
    const merged = mergeSpans(
      [
        { start: 4, end: 10, rule: 'a' },
        { start: 0, end: 6, rule: 'b' },
      ],
      20,
    );
    expect(merged).toEqual([{ start: 0, end: 10, rules: ['b', 'a'] }]);
  });

  test('clamps spans outside the text and drops empty ones', () => {
    const segments = splitHighlights('short', [
      { start: 3, end: 99 },
      { start: 2, end: 2 },
      { start: -5, end: 1 },
    ]);
    expect(segments.map((s) => [s.text, s.marked])).toEqual([
      ['s', true],
      ['ho', false],
      ['rt', true],
    ]);
  });

  test('no spans: one plain segment, even for empty text', () => {
    expect(splitHighlights('', [])).toEqual([{ text: '', marked: false, rules: [] }]);
    expect(splitHighlights('<b>hi</b>', [])).toEqual([{ text: '<b>hi</b>', marked: false, rules: [] }]);
  });
});

describe('excerptHighlights', () => {
  test('a 100 KB message is cut to windows around the first marks', () => {
    const text = 'useless '.repeat(12_500);
    const spans = Array.from({ length: 12_500 }, (_, i) => ({ start: i * 8, end: i * 8 + 7, rule: 'w' }));
    const segments = excerptHighlights(text, spans);
    expect(join(segments).length).toBeLessThan(1000);
    expect(segments.filter((s) => s.marked).length).toBeGreaterThan(0);
    expect(segments.at(-1)?.text).toBe('…');
  });

  test('short text is not cut', () => {
    expect(join(excerptHighlights('all of it', [{ start: 0, end: 3 }]))).toBe('all of it');
  });

  test('a long text with no spans shows its start', () => {
    const segments = excerptHighlights('x'.repeat(2000), []);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.text.endsWith('…')).toBe(true);
  });
});

test('a long message keeps its opening when the first mark is near it', () => {
  const text = `<img src=x onerror=1> it is STILL not working ${'and more '.repeat(200)}`;
  const start = text.indexOf('STILL');
  const segments = excerptHighlights(text, [{ start, end: start + 17 }]);
  expect(join(segments).startsWith('<img src=x onerror=1> it is STILL not working')).toBe(true);
});
