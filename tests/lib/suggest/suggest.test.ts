import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAYBOOK, mentionsTimeline, setPhraseEnabled } from '../../../lib/playbook';
import { isNearCopy, MAX_SUGGESTIONS, type Suggestion, suggest } from '../../../lib/suggest';
import { agent, chat, customer, type Line } from './build';

type Setup = Parameters<typeof chat>;
const run = (lines: Line[], level: Setup[1] = 'calm', extra: Partial<Parameters<typeof suggest>[0]> = {}) =>
  suggest({ ...chat(lines, level), playbook: DEFAULT_PLAYBOOK, context: {}, seed: 'conv-1', ...extra });
const factOf = (x: Suggestion | undefined) => DEFAULT_PLAYBOOK.find((p) => p.id === x?.phraseId)?.fact;
const kindsInOrder = (s: Suggestion[]) => [...new Set(s.map((x) => x.kind))];
const tiers = (s: Suggestion[]) => [...new Set(s.filter((x) => x.kind === 'boundary').map((x) => x.tier))];

describe('what the moment calls for', () => {
  test('a repeated complaint gets acknowledgement and apology first', () => {
    const s = run(
      [
        customer('My parcel has not arrived, order 55123.'),
        agent('Let me look into it.'),
        customer('This is the third time I am asking. It still has not arrived!', 'frustration'),
      ],
      'escalating',
    );
    expect(kindsInOrder(s).slice(0, 2)).toEqual(['acknowledge', 'apologize']);
    expect(s[0]?.why).toMatch(/repeat/);
  });

  test('"still" in a first message is about the problem; after an answer, it is a repeat', () => {
    const first = run([customer('My parcel still has not arrived.', 'frustration')], 'watch');
    expect(first.map((x) => x.why).join(' ')).not.toMatch(/repeat/);
    const after = run(
      [
        customer('My parcel has not arrived.'),
        agent('Let me look.'),
        customer('It still has not arrived.', 'frustration'),
      ],
      'watch',
    );
    expect(after[0]?.why).toMatch(/repeat/);
  });

  test('the same words twice count as a repeat even without "again"', () => {
    const s = run(
      [
        customer('The discount code is not applied at checkout'),
        agent('Can you try once more?'),
        customer('The discount code is not applied at checkout'),
      ],
      'watch',
    );
    expect(s[0]?.kind).toBe('acknowledge');
  });

  test('a vague problem gets a question about what happened, not questions for details', () => {
    const s = run([customer('Hi, I have a problem with you guys.')]);
    expect(s[0]?.kind).toBe('clarify');
    const clarify = s.filter((x) => x.kind === 'clarify');
    expect(clarify.map((x) => factOf(x))).toEqual(clarify.map(() => undefined));
    expect(clarify[0]?.why).toMatch(/ask what happened/);
  });

  test('a delivery problem asks for the order number, and stops asking once it is given', () => {
    const before = run([customer('My parcel has not arrived yet.')]);
    const question = before.find((x) => x.kind === 'clarify');
    expect(factOf(question)).toBe('orderId');
    expect(question?.why).toMatch(/the order number/);
    const after = run([customer('My parcel has not arrived yet. Order 55123.')]);
    expect(after.filter((x) => x.kind === 'clarify').map(factOf)).not.toContain('orderId');
  });

  test('"let me speak to your manager" gets a referral with a timeline first', () => {
    const s = run(
      [
        customer('My refund never came.'),
        agent('I am sorry to hear that.'),
        customer('Let me speak to your manager', 'threat_escalation'),
      ],
      'escalating',
    );
    expect(s[0]?.kind).toBe('refer');
    const refer = s.filter((x) => x.kind === 'refer');
    expect(refer.length).toBeGreaterThan(0);
    for (const r of refer) expect(mentionsTimeline(r.text), r.text).toBe(true);
  });

  test('threats to leave or complain bring solutions and a hand-off', () => {
    const s = run([customer('Fix this or I cancel my subscription', 'threat_churn')], 'escalating');
    expect(kindsInOrder(s)).toEqual(expect.arrayContaining(['solve', 'refer', 'acknowledge']));
  });

  test('a resolved chat gets close and follow-up, and no more questions', () => {
    const s = run(
      [
        customer('The app crashes on login', 'frustration'),
        agent('I have reset your session, please try again.'),
        customer('Thanks, that worked!'),
      ],
      'calm',
      { risk: { ...chat([], 'calm').risk, peak: 'escalating' } },
    );
    expect(kindsInOrder(s)).toEqual(['close', 'follow_up']);
    expect(s.find((x) => x.kind === 'follow_up')?.why).toMatch(/tense/);
  });
});

describe('boundaries in steps', () => {
  const abuse = (text = 'You are a useless idiot') => customer(text, 'abusive');
  const tier1 = "I'm here to help you, and I ask that we keep this respectful so I can do that.";
  const tier2 =
    'I have asked once already for respectful language. If it continues, I will have to end this chat.';

  test.each<[string, Line[], (number | undefined)[]]>([
    ['abuse: tier 1', [abuse()], [1]],
    [
      'abuse, then the agent replied without a boundary, abuse again: still tier 1',
      [abuse(), agent('Let me check.'), abuse('idiot')],
      [1],
    ],
    ['tier 1 sent, abuse continued: tier 2', [abuse(), agent(tier1), abuse('shut up moron')], [2]],
    [
      'tier 1 sent, customer calmer: no boundary',
      [abuse(), agent(tier1), customer('Fine. Order 123 is missing.')],
      [],
    ],
    [
      'tier 2 sent, abuse continued: tier 3',
      [abuse(), agent(tier1), abuse('moron'), agent(tier2), abuse('idiot')],
      [3],
    ],
    ['tier 2 sent without tier 1 is still honoured', [abuse(), agent(tier2), abuse('idiot')], [3]],
    [
      'an agent boundary in own words counts',
      [abuse(), agent('Please keep this respectful.'), abuse('idiot')],
      [2],
    ],
  ])('%s', (_name, lines, expected) => {
    const s = run(lines, 'critical');
    expect(tiers(s)).toEqual(expected);
    if (expected.length > 0) expect(s[0]?.kind).toBe('boundary');
  });
});

describe('filling and never repeating', () => {
  test('placeholders are filled from the transcript and the context; unknown ones are listed', () => {
    const lines = [
      customer('I cannot log in with dana@example.com, order 88213.'),
      agent('Let me check.'),
      customer('ok'),
    ];
    const all = DEFAULT_PLAYBOOK.filter((p) =>
      ['sol-reset', 'sol-order-found', 'ack-welcome'].includes(p.id),
    );
    const s = suggest({
      ...chat(lines, 'calm'),
      playbook: all.map((p) => ({ ...p, stages: ['opening', 'investigating', 'resolving', 'closing'] })),
      context: { customerName: 'Dana Smith' },
    });
    const byId = Object.fromEntries(s.map((x) => [x.phraseId, x]));
    // An address from the chat is never filled: the phrase's own fallback is used.
    expect(byId['sol-reset']?.text).toContain('to your email address');
    expect(byId['sol-order-found']?.text).toContain('order 88213');
    expect(byId['sol-order-found']?.fromCustomer).toEqual([{ name: 'order.id', value: '88213' }]);
    expect(byId['ack-welcome']).toMatchObject({
      text: "Hi Dana, I'm {{agent.name}} and I'll be helping you today.",
      missing: ['agent.name'],
    });
    const named = suggest({
      ...chat(lines, 'calm'),
      playbook: all,
      context: { agentName: 'Sam', customerName: 'Visitor 4411' },
    });
    // A helpdesk's visitor label is not a name to greet someone by.
    expect(named.find((x) => x.phraseId === 'ack-welcome')).toMatchObject({
      text: "Hi there, I'm Sam and I'll be helping you today.",
      missing: [],
    });
  });

  test('nothing the agent already sent, or a near copy of it, is offered again', () => {
    const lines = [customer('This is the third time, still broken!', 'frustration')];
    const first = run(lines, 'escalating');
    const sent = first.slice(0, 4).map((x) => agent(`${x.text} Let me look.`));
    const next = run([...lines, ...sent, customer('Still broken!!', 'frustration')], 'escalating');
    for (const s of next) for (const a of sent) expect(isNearCopy(s.text, a.text), s.text).toBe(false);
    expect(next.map((x) => x.phraseId)).not.toEqual(
      expect.arrayContaining(first.slice(0, 4).map((x) => x.phraseId)),
    );
  });

  test('deterministic for the same input; the wording varies across turns', () => {
    const lines = [customer('It still does not work', 'frustration')];
    expect(run(lines, 'watch')).toEqual(run(lines, 'watch'));
    const firstApologies = new Set<string>();
    let convo = [...lines];
    for (let i = 0; i < 6; i++) {
      // The agent's filler replies do not match any phrase; only the turn count changes.
      convo = [...convo, agent(`Checking step ${i}.`), customer('It still does not work', 'frustration')];
      firstApologies.add(run(convo, 'watch').find((x) => x.kind === 'apologize')?.phraseId ?? '');
    }
    expect(firstApologies.size).toBeGreaterThan(1);
  });
});

describe('input handling', () => {
  test('no customer message yet: nothing to suggest', () => {
    expect(run([agent('Hello, how can I help?')])).toEqual([]);
  });
  test('only the kinds the agent asked to see', () => {
    const s = run([customer('My order 123 is late', 'frustration')], 'watch', {
      kindsShown: ['clarify', 'solve'],
    });
    expect(new Set(s.map((x) => x.kind))).toEqual(new Set(['clarify', 'solve']));
  });
  test('disabled phrases are never offered', () => {
    const playbook = DEFAULT_PLAYBOOK.map((p) => (p.kind === 'apologize' ? setPhraseEnabled(p, false) : p));
    const s = run([customer('Third time asking!', 'frustration')], 'critical', { playbook });
    expect(s.length).toBeGreaterThan(0);
    expect(s.some((x) => x.kind === 'apologize')).toBe(false);
  });
  test('a handful, not the whole playbook', () => {
    const s = run(
      [
        customer(
          'I want your manager, I will sue, cancel everything',
          'threat_escalation',
          'threat_legal',
          'threat_churn',
          'anger',
        ),
      ],
      'critical',
    );
    expect(s.length).toBeGreaterThan(3);
    expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(new Set(s.map((x) => x.phraseId)).size).toBe(s.length);
  });
});
