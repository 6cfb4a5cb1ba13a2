import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/analyzer';

const strongest = (text: string) => {
  const signals = [...analyzeMessage(text).signals].sort((a, b) => b.strength - a.strength);
  return signals[0];
};

/** The words a signal's why line lists, in order. */
const listed = (why: string) => [...why.matchAll(/“([^”]*)”/g)].map((m) => m[1] as string);

describe('an insult aimed at the agent is explained as abusive language', () => {
  test.each([
    "you're an idiot",
    "You're an idiot.",
    'you are a complete moron',
    'you idiot',
    'What an idiot you are',
    'honestly you are useless',
  ])('%s', (text) => {
    const top = strongest(text);
    expect(top?.name).toBe('abusive');
    expect(top?.why).toMatch(/^abusive language: /);
  });

  test('the insult is not explained a second time as frustration', () => {
    const frustration = analyzeMessage("you're an idiot").signals.find((s) => s.name === 'frustration');
    expect(frustration).toBeUndefined();
  });

  test('other frustrated words in the same message still explain frustration', () => {
    const signals = analyzeMessage("It's still not working and you're an idiot").signals;
    expect(signals.map((s) => s.name)).toEqual(expect.arrayContaining(['abusive', 'frustration']));
    const frustration = signals.find((s) => s.name === 'frustration');
    expect(listed(frustration?.why ?? '').join(' ')).not.toMatch(/idiot/);
  });

  test('a pronoun alone is not listed as an abusive word', () => {
    const abusive = analyzeMessage("You're an idiot.").signals.find((s) => s.name === 'abusive');
    expect(listed(abusive?.why ?? '').map((w) => w.toLowerCase())).not.toContain("you're");
  });

  test('an insult about a product stays frustration', () => {
    expect(strongest('this stupid app crashed again')?.name).toBe('frustration');
  });
});

describe('overlapping trigger words are listed once', () => {
  test.each([
    'This is still not working',
    "It's still not working, I still can't log in",
    "you're an idiot",
    'you are useless',
  ])('%s', (text) => {
    // Listed stretches follow each other in the text without sharing a character.
    for (const signal of analyzeMessage(text).signals) {
      let at = 0;
      for (const words of listed(signal.why)) {
        const found = text.indexOf(words, at);
        expect(found, signal.why).toBeGreaterThanOrEqual(at);
        at = found + words.length;
      }
    }
  });

  test('"still not" and "still" on the same words read as one trigger', () => {
    const frustration = analyzeMessage('This is still not working').signals.find(
      (s) => s.name === 'frustration',
    );
    expect(listed(frustration?.why ?? '')).toEqual(['still not working']);
  });

  test('every rule keeps its span, so dismissing the flag names each rule', () => {
    const frustration = analyzeMessage('This is still not working').signals.find(
      (s) => s.name === 'frustration',
    );
    const rules = new Set(frustration?.spans.map((s) => s.rule));
    expect(rules.has('frustration:still-not')).toBe(true);
    expect(rules.has('frustration:still')).toBe(true);
  });
});
