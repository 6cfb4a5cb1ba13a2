import { expect, test } from 'vitest';
import { riskChart, thresholdY } from '../../../lib/ui/chart';

test('scores map to the box: 0 at the bottom, 100 at the top, evenly spaced', () => {
  const { points, line, area } = riskChart([0, 50, 100], 108, 58, 4);
  expect(points.map((p) => [p.x, p.y])).toEqual([
    [4, 54],
    [54, 29],
    [104, 4],
  ]);
  expect(line).toBe('M4 54 L54 29 L104 4');
  expect(area).toBe('M4 54 L54 29 L104 4 L104 54 L4 54 Z');
});

test('one point sits in the middle; none draws nothing; bad values are clamped', () => {
  expect(riskChart([40], 100, 50, 0).points[0]).toEqual({ x: 50, y: 30, score: 40 });
  expect(riskChart([], 100, 50)).toEqual({ points: [], line: '', area: '' });
  expect(riskChart([150, -3, Number.NaN], 100, 50, 0).points.map((p) => p.score)).toEqual([100, 0, 0]);
});

test('threshold lines sit where their score would', () => {
  expect(thresholdY(50, 58, 4)).toBe(29);
});
