import { describe, expect, test } from 'vitest';
import { correctTypo } from '../../../lib/analyzer/fuzzy';

describe('typo tolerance for threat key words', () => {
  test.each([
    ['accoynt', 'account'],
    ['somneone', 'someone'],
    ['reclamaion', 'reclamation'],
    ['supervsor', 'supervisor'],
    ['laywer', 'lawyer'],
    ['rediculous', 'ridiculous'],
    ['fustrated', 'frustrated'],
    ['allready', 'already'],
    ['unaceptable', 'unacceptable'],
  ])('%s reads as %s', (typo, word) => {
    expect(correctTypo(typo)).toBe(word);
  });

  // Real English words one edit from a key word: correcting them made "taking ages" read as "talking", "GDPR
  // compliant" as a complaint and "the managed plan" as a manager.
  test.each([
    'taking',
    'walking',
    'tanking',
    'sneaking',
    'chanting',
    'compliant',
    'managed',
    'manage',
    'consumed',
    'layer',
  ])('%s stays itself', (word) => {
    expect(correctTypo(word)).toBe(word);
  });
});
