import { describe, expect, it } from 'vitest';
import abuse from '../../../lib/analyzer/model/abuse-weights.json';
import { PackedWeights, packModel, unpackModel } from '../../../lib/analyzer/model/packed';
import frustration from '../../../lib/analyzer/model/weights.json';

describe('packed model weights (parsed at every service-worker start)', () => {
  it('finds every weight by name, and nothing else', () => {
    const weights = { 'w:you': 1.5, 'c:<yo': -0.25, 'b:a_b': 0.5, 'w:été': 2, 'd:short': 0, 'w:Z': 3 };
    const file = packModel({ bias: -1, threshold: 0.3, weights });
    const table = new PackedWeights(file.names, file.values);
    for (const [name, w] of Object.entries(weights)) expect(table.get(name)).toBe(w);
    for (const missing of ['', 'w:yo', 'w:youu', 'zzz', 'a', 'w:été!'])
      expect(table.get(missing)).toBeUndefined();
    expect(unpackModel(file)).toEqual(weights);
  });

  it('the shipped files are packed: names sorted and unique, one weight each', () => {
    for (const file of [frustration, abuse]) {
      expect(file.values).toHaveLength(file.names.length);
      const sorted = file.names.every((n, i) => i === 0 || (file.names[i - 1] as string) < n);
      expect(sorted).toBe(true);
    }
  });
});
