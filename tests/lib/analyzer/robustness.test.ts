import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../../lib/analyzer';

function valid(text: string) {
  const a = analyzeMessage(text);
  expect(Number.isFinite(a.afinn)).toBe(true);
  expect(Number.isFinite(a.comparative)).toBe(true);
  expect(a.intensity).toBeGreaterThanOrEqual(0);
  expect(a.intensity).toBeLessThanOrEqual(1);
  for (const s of a.signals) {
    for (const span of s.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  return a;
}

describe('never throws, whatever the text', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['emoji only', '😡😡😡🤬👎'],
    ['right-to-left', 'שלום, ההזמנה שלי לא הגיעה עדיין'],
    ['html and script', '<script>alert("x")</script><b>still not working</b><img src=x onerror=alert(1)>'],
    ['control characters', 'still\u0000not\u0007working\u001b[31m\u200b\u202e'],
    ['lone surrogates', '\ud800abc\udfff still broken'],
    ['prototype words', 'constructor __proto__ toString hasOwnProperty valueOf'],
    ['only punctuation', '!!!???...,,,'],
  ])('%s', (_name, text) => {
    valid(text);
  });

  test('100 KB of text returns quickly (work is bounded, linear in the analysed prefix)', () => {
    const big = 'I have been waiting for hours and it is still not working. '.repeat(1800);
    expect(big.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const a = valid(big);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(a.signals.map((s) => s.name)).toContain('frustration');
  });

  test('one long word', () => {
    valid('a'.repeat(100_000));
  });

  test('random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        valid(text);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  test('random words from the lexicons in random order', () => {
    const words = [
      'still',
      'not',
      'working',
      'f*ck',
      'you',
      'cancel',
      'account',
      'manager',
      '!!!',
      'NOT',
      'never',
      'sue',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (list) => {
        valid(list.join(' '));
      }),
      { numRuns: 200, seed: 2 },
    );
  });

  test('conversations of random turns', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            role: fc.constantFrom('customer', 'agent', 'bot', 'system', 'internal', 'unknown' as const),
            text: fc.string({ maxLength: 80 }),
          }),
          { maxLength: 30 },
        ),
        (turns) => {
          const risk = analyzeConversation(
            turns.map((t, i) => ({ key: String(i), role: t.role, text: t.text })),
          );
          expect(risk.score).toBeGreaterThanOrEqual(0);
          expect(risk.score).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});
