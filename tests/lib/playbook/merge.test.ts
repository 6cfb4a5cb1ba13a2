import { describe, expect, test } from 'vitest';
import { isPhraseEnabled, mergePlaybook, type Phrase, setPhraseEnabled } from '../../../lib/playbook';

const phrase = (id: string, text: string, extra: Partial<Phrase> = {}): Phrase => ({
  id,
  kind: 'acknowledge',
  text,
  signals: 'any',
  stages: ['opening'],
  tags: [],
  source: 'default',
  ...extra,
});

const defaults = [phrase('a', 'Default A'), phrase('b', 'Default B'), phrase('c', 'Default C')];

describe('mergePlaybook', () => {
  test('an edited default keeps its id and place; additions follow; disabled ones stay listed but are not ranked', () => {
    const agent = [
      phrase('b', 'My B', { source: 'agent' }),
      setPhraseEnabled(phrase('c', 'Default C'), false),
      phrase('mine', 'Mine', { source: 'agent' }),
    ];
    const merged = mergePlaybook(defaults, agent);
    expect(merged.own.map((p) => [p.id, p.text, p.source])).toEqual([
      ['a', 'Default A', 'default'],
      ['b', 'My B', 'agent'],
      ['c', 'Default C', 'agent'],
      ['mine', 'Mine', 'agent'],
    ]);
    expect(merged.enabled.map((p) => p.id)).toEqual(['a', 'b', 'mine']);
  });

  test('team phrases sit beside, read-only, with ids that cannot collide', () => {
    const merged = mergePlaybook(
      defaults,
      [],
      [phrase('a', 'Team A'), phrase('t2', 'Off', { disabled: true })],
    );
    expect(merged.team.map((p) => [p.id, p.source])).toEqual([
      ['team:a', 'team'],
      ['team:t2', 'team'],
    ]);
    expect(merged.enabled.map((p) => p.id)).toEqual(['a', 'b', 'c', 'team:a']);
    expect(defaults[0]?.text).toBe('Default A');
  });

  test('enable flag round trip', () => {
    const off = setPhraseEnabled(phrase('x', 'X'), false);
    expect(isPhraseEnabled(off)).toBe(false);
    const on = setPhraseEnabled(off, true);
    expect(isPhraseEnabled(on)).toBe(true);
    expect('disabled' in on).toBe(false);
  });
});
