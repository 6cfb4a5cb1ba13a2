import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SIGNAL_NAMES } from '../../../lib/analyzer/types';
import { OFFER_KINDS, SUGGESTION_KINDS } from '../../../lib/chat';
import { FACTS, STAGES } from '../../../lib/playbook';

const schema = JSON.parse(
  readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
);

test('the managed-storage schema lists the same kinds, signals, stages and facts as the phrase schema', () => {
  const item = schema.properties.teamPlaybook.items.properties;
  expect(schema.type).toBe('object');
  expect(schema.properties.teamPlaybook.type).toBe('array');
  expect(item.kind.enum).toEqual([...SUGGESTION_KINDS]);
  expect(item.signals.items.enum).toEqual([...SIGNAL_NAMES]);
  expect(item.stages.items.enum).toEqual([...STAGES]);
  expect(item.fact.enum).toEqual([...FACTS]);
  expect(item.offer.items.enum).toEqual([...OFFER_KINDS]);
  // Every key an administrator can set is one Poise reads (an unused `teamName` was dropped).
  expect(Object.keys(schema.properties)).toEqual(['teamPlaybook']);
});
