/** The F1 interval `npm run eval` prints beside every figure (tools/eval/score.ts). */
import { describe, expect, test } from 'vitest';
import { f1Interval, type Outcome } from '../../tools/eval/score';

const sample = (tp: number, fn: number, fp: number, tn: number): Outcome[] => [
  ...Array<Outcome>(tp).fill('tp'),
  ...Array<Outcome>(fn).fill('fn'),
  ...Array<Outcome>(fp).fill('fp'),
  ...Array<Outcome>(tn).fill('tn'),
];
const f1 = (tp: number, fn: number, fp: number) => (2 * tp) / (2 * tp + fn + fp);

describe('f1Interval', () => {
  test('holds the figure itself, inside [0, 1], lower bound first', () => {
    const [lo, hi] = f1Interval(sample(60, 40, 50, 850));
    expect(lo).toBeLessThan(f1(60, 40, 50));
    expect(hi).toBeGreaterThan(f1(60, 40, 50));
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThan(1);
  });

  test('the same rows give the same interval on every run', () => {
    const rows = sample(30, 20, 25, 425);
    expect(f1Interval(rows)).toEqual(f1Interval(rows));
  });

  test('ten times the rows in the same proportions narrow it', () => {
    const [lo, hi] = f1Interval(sample(60, 40, 50, 850));
    const [lo10, hi10] = f1Interval(sample(600, 400, 500, 8500));
    expect(hi10 - lo10).toBeLessThan((hi - lo) / 2);
  });

  test('a perfect sample stays perfect; no rows, no interval', () => {
    expect(f1Interval(sample(20, 0, 0, 80))).toEqual([1, 1]);
    expect(f1Interval([])).toEqual([0, 0]);
  });
});
