import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  addTurn,
  analyzeConversation,
  analyzeMessage,
  dismissKey,
  initialConversation,
} from '../../../lib/analyzer';
import { type ConversationRisk, RISK_LEVELS } from '../../../lib/analyzer/types';
import type { Turn } from '../../../lib/chat';

const fixture = (name: string): Turn[] =>
  JSON.parse(readFileSync(new URL(`../../fixtures/transcripts/${name}.json`, import.meta.url), 'utf8')).turns;
const customer = (text: string, key = text): Turn => ({ key, role: 'customer', text });
const agent = (text: string, key = `a:${text}`): Turn => ({ key, role: 'agent', text });

describe('conversation risk', () => {
  test('a refund chat escalates, peaks, and calms after the agent takes ownership', () => {
    const risk = analyzeConversation(fixture('escalating-refund'));
    expect(risk.peak).toBe('critical');
    // It comes down a step at a time (hysteresis), not straight back to calm.
    expect(RISK_LEVELS.indexOf(risk.level)).toBeLessThan(RISK_LEVELS.indexOf(risk.peak));
    expect(risk.trend).toBe('falling');
  });

  test('a calm chat with hard negatives stays calm', () => {
    const risk = analyzeConversation(fixture('calm-order'));
    expect(risk.peak).toBe('calm');
    expect(risk.score).toBeLessThan(25);
  });

  test('a late, double-charged order rises calm → watch → escalating → critical and never falls back', () => {
    const turns = fixture('rising-late-order');
    const levels: number[] = [];
    for (let i = 1; i <= turns.length; i++)
      levels.push(RISK_LEVELS.indexOf(analyzeConversation(turns.slice(0, i)).level));
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1] as number);
    expect([...new Set(levels)]).toEqual([0, 1, 2, 3]);
  });

  test('unease: mildly unhappy turns add up to escalating, though no single one is flagged strongly', () => {
    const mild = [
      'The parcel has still not arrived.',
      'I was told it would come on Monday, it did not.',
      'Nobody answered my email either.',
      'This is really disappointing.',
    ];
    const levels = mild.map(
      (_, i) =>
        analyzeConversation(
          mild.slice(0, i + 1).flatMap((t, j) => [customer(t), agent('Let me check.', `a${j}`)]),
        ).level,
    );
    expect(levels[0]).not.toBe('escalating');
    expect(['escalating', 'critical']).toContain(levels.at(-1));
  });

  test('one mildly frustrated line in an otherwise calm chat stays below escalating', () => {
    const risk = analyzeConversation([
      customer('Hi, the app shows an error when I open my library.'),
      agent('Could you try logging out and back in?'),
      customer('Ok, done. It works now, thank you!'),
    ]);
    expect(['calm', 'watch']).toContain(risk.peak);
  });

  test('unease: one frustrated turn reads as watch, a second one as escalating', () => {
    const first = [customer('This is really disappointing, the parcel never arrived.')];
    expect(analyzeConversation(first).turns[0]?.analysis.signals.map((s) => s.name)).toContain('frustration');
    expect(analyzeConversation(first).level).toBe('watch');
    const second = [...first, agent('Let me check.'), customer('Still nothing, this is so frustrating.')];
    expect(analyzeConversation(second).level).toBe('escalating');
  });

  test('unease: forty calm turns after agent replies never add up to escalating', () => {
    const calm = [
      'Ok, thanks.',
      'Sure, the order number is 4471.',
      'Yes, that is my address.',
      'Great, thank you!',
    ];
    const turns = Array.from({ length: 40 }, (_, i) => [
      customer(calm[i % calm.length] as string, `c${i}`),
      agent('Let me check.', `a${i}`),
    ]).flat();
    expect(analyzeConversation(turns).peak).toBe('calm');
  });

  test('a calm churn question is watched, not escalated', () => {
    const risk = analyzeConversation([customer('How do I close my account?')]);
    expect(risk.turns[0]?.analysis.signals.map((s) => s.name)).toContain('threat_churn');
    expect(risk.level).toBe('watch');
  });

  test('states stored before unease existed resume without error', () => {
    const state = analyzeConversation([customer('it is still not working')]);
    const { unease: _dropped, ...old } = state.memory as NonNullable<ConversationRisk['memory']>;
    const resumed = addTurn({ ...state, memory: old }, customer('still broken!!'));
    expect(Number.isFinite(resumed.score)).toBe(true);
    expect(resumed.score).toBeGreaterThan(0);
  });

  test('hysteresis: alternating mild and calm turns do not make the level flicker', () => {
    let state = analyzeConversation([customer('This is absolutely ridiculous, I want your manager now!!!')]);
    const levels: string[] = [state.level];
    for (let i = 0; i < 8; i++) {
      state = addTurn(state, agent('Let me check that for you.', `a${i}`));
      state = addTurn(state, customer(i % 2 ? 'ok' : 'it is still not working', `c${i}`));
      levels.push(state.level);
    }
    let flips = 0;
    for (let i = 2; i < levels.length; i++)
      if (levels[i] === levels[i - 2] && levels[i] !== levels[i - 1]) flips++;
    expect(flips).toBe(0);
  });

  test('trend: rising while it heats up, falling as it cools', () => {
    let state = analyzeConversation([customer('Hi, where is my parcel?')]);
    state = addTurn(state, customer('It has been two weeks and it is still not here'));
    expect(state.trend).toBe('rising');
    state = addTurn(state, customer('This is the third time I ask, absolutely ridiculous!!!'));
    expect(state.trend).toBe('rising');
    state = addTurn(state, agent('I have found it and sent a replacement today.'));
    state = addTurn(state, customer('Thank you, that is great.'));
    state = addTurn(state, customer('Have a nice day.'));
    expect(state.trend).toBe('falling');
  });

  test('calming credit: a calm turn after an agent reply cools more than one without', () => {
    const angry = analyzeConversation([customer('I am furious, this is the third time it broke')]);
    const withReply = addTurn(addTurn(angry, agent('I am sorry, I will fix it now.')), customer('ok thanks'));
    const without = addTurn(angry, customer('ok thanks'));
    expect(withReply.score).toBeLessThan(without.score);
  });

  test('repetition across turns raises the score', () => {
    const once = analyzeConversation([customer('Hello'), customer('it is still not working')]);
    const twice = analyzeConversation([
      customer('it is still not working', 'x'),
      customer('it is still not working'),
    ]);
    expect(twice.score).toBeGreaterThan(once.score);
  });

  test('incremental add equals batch, with the state stored and resumed as JSON between turns', () => {
    const turns = [...fixture('escalating-refund'), ...fixture('calm-order')].map((t, i) => ({
      ...t,
      key: `k${i}`,
    }));
    let state: ConversationRisk = initialConversation();
    for (const turn of turns) state = JSON.parse(JSON.stringify(addTurn(state, turn)));
    expect(state).toEqual(JSON.parse(JSON.stringify(analyzeConversation(turns))));
  });

  test('addTurn is pure', () => {
    const before = analyzeConversation(fixture('escalating-refund'));
    const copy = JSON.parse(JSON.stringify(before));
    addTurn(before, customer('I will sue you'));
    expect(before).toEqual(copy);
  });

  test('internal notes, bot and system turns are ignored; agent text raises no signal', () => {
    const base = analyzeConversation([customer('Hi there')]);
    for (const role of ['internal', 'bot', 'system'] as const) {
      expect(addTurn(base, { key: role, role, text: 'you f*cking idiot, I will sue' })).toBe(base);
    }
    const afterAgent = addTurn(base, agent('you idiot'));
    expect(afterAgent.score).toBe(base.score);
    expect(afterAgent.turns.at(-1)?.analysis.signals).toEqual([]);
  });

  test('a 5,000-message conversation keeps a bounded state', () => {
    const turns = Array.from({ length: 5000 }, (_, i) =>
      i % 2
        ? agent('Let me check.', `a${i}`)
        : customer(i % 10 === 0 ? 'still not working!!' : 'ok', `c${i}`),
    );
    const state = analyzeConversation(turns);
    expect(state.turns.length).toBe(200);
    expect(state.memory?.turnCount).toBe(5000);
    expect(JSON.stringify(state).length).toBeLessThan(400_000);
  });

  test('a dismissed rule lowers the conversation score', () => {
    const turns = [customer('it is still not working'), customer('still not working, again')];
    const risk = analyzeConversation(turns);
    const rules = risk.turns.flatMap((t) => t.analysis.signals.flatMap((s) => s.spans.map(dismissKey)));
    const dismissed = analyzeConversation(turns, { dismissedRules: rules });
    expect(dismissed.score).toBeLessThan(risk.score);
  });

  // What "Not a problem" sends for each message is its dismiss keys (lib/analyzer dismissKey).
  const keysOf = (risk: ReturnType<typeof analyzeConversation>, i: number) =>
    (risk.turns[i]?.analysis.signals ?? []).flatMap((s) => s.spans.map(dismissKey));

  test.each([
    'Terrible experience, nothing works and nobody helps',
    'I am so annoyed right now',
    'This is the third time I ask, still not working!!',
  ])('dismissing the flags of %j never raises the risk', (text) => {
    const turns = [customer(text)];
    const risk = analyzeConversation(turns);
    const dismissed = analyzeConversation(turns, { dismissedRules: keysOf(risk, 0) });
    expect(dismissed.score).toBeLessThanOrEqual(risk.score);
  });

  test('a dismissed word is discounted in later messages; other words the same rule found are not', () => {
    const first = [customer('I feel sick about this order')];
    const later = customer('You are useless and your product is garbage', 'c2');
    const keys = keysOf(analyzeConversation(first), 0);
    expect(keys.some((k) => k.includes('|'))).toBe(true); // a shared rule, scoped to its words
    const plain = analyzeMessage(later.text);
    const afterDismissal = analyzeMessage(later.text, { dismissedRules: keys });
    expect(afterDismissal.signals).toEqual(plain.signals);
    // The same words again, later: they weigh less than they did.
    const again = customer('I feel sick about this order, truly', 'c3');
    const strength = (dismissedRules: string[]) =>
      Math.max(0, ...analyzeMessage(again.text, { dismissedRules }).signals.map((s) => s.strength));
    expect(strength(keys)).toBeLessThan(strength([]));
  });
});
