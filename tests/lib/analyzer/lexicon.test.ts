import { describe, expect, test } from 'vitest';
import * as abuse from '../../../lib/analyzer/lexicon/abuse';
import * as anger from '../../../lib/analyzer/lexicon/anger';
import * as frustration from '../../../lib/analyzer/lexicon/frustration';
import * as intensifiers from '../../../lib/analyzer/lexicon/intensifiers';
import * as support from '../../../lib/analyzer/lexicon/support';
import * as threats from '../../../lib/analyzer/lexicon/threats';
import { PHRASE_RULES } from '../../../lib/analyzer/rules';

const modules = { abuse, anger, frustration, intensifiers, support, threats };
const lists = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod).map(([name, list]) => [`${file}.${name}`, list as readonly unknown[]] as const),
);

describe('lexicons', () => {
  test.each(lists)('%s is sorted and unique', (_name, list) => {
    const keys = list.map((e) => (Array.isArray(e) ? String(e[0]) : String(e)));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual([...new Set(keys)].sort());
  });

  test('the accusations a yes/no question vetoes are the words of the scam rule', () => {
    const rule = anger.ANGER_STRONG.find((p) => p.startsWith('scam|')) ?? '';
    expect(rule.split('|').sort()).toEqual([...anger.ACCUSATIONS]);
  });

  test('every phrase rule has its own id', () => {
    // Rule ids are what an agent dismisses: two patterns sharing one would dismiss each other.
    const ids = PHRASE_RULES.map(([, rule]) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
