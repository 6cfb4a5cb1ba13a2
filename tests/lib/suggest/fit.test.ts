/** Suggestions that fit the moment: three in view, offers held back, only real questions, only whole values. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAYBOOK, type Phrase, STAGES } from '../../../lib/playbook';
import {
  CARDS_IN_VIEW,
  MAX_SUGGESTIONS,
  type SuggestContext,
  type Suggestion,
  suggest,
} from '../../../lib/suggest';
import { agent, chat, customer, type Line } from './build';

type Input = Parameters<typeof suggest>[0];
const run = (lines: Line[], level: Parameters<typeof chat>[1] = 'calm', extra: Partial<Input> = {}) =>
  suggest({ ...chat(lines, level), playbook: DEFAULT_PLAYBOOK, context: {}, seed: 'fit', ...extra });
const byId = (id: string) => DEFAULT_PLAYBOOK.find((p) => p.id === id) as Phrase;
const factOf = (x: Suggestion) => byId(x.phraseId)?.fact;
const ids = (s: Suggestion[]) => s.map((x) => x.phraseId);

describe('three cards in view', () => {
  const heated = () =>
    run(
      [
        customer('My parcel is late, order 55123.'),
        agent('Let me check.'),
        customer(
          'Third time I ask! You are useless, I want your manager',
          'anger',
          'abusive',
          'threat_escalation',
        ),
      ],
      'critical',
    );

  test('the first three are the best card of the three best kinds, one per kind', () => {
    const s = heated();
    expect(CARDS_IN_VIEW).toBe(3);
    expect(s.slice(0, 3).map((x) => x.kind)).toEqual(['boundary', 'acknowledge', 'refer']);
    // Behind "more": the alternatives of those kinds, then the kinds after them, each kind together.
    const rest = s.slice(3).map((x) => x.kind);
    expect(rest.slice(0, 3)).toEqual(['boundary', 'acknowledge', 'refer']);
    expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(MAX_SUGGESTIONS).toBeLessThanOrEqual(8);
  });

  test('every card of a kind says the same why, in plain words', () => {
    const s = heated();
    for (const kind of new Set(s.map((x) => x.kind)))
      expect(new Set(s.filter((x) => x.kind === kind).map((x) => x.why)).size).toBe(1);
    const boundary = s.find((x) => x.kind === 'boundary');
    expect(boundary?.why).toBe('They insulted you: a first, calm reminder of respect');
    for (const x of s) expect(x.why).not.toMatch(/\btier\b|threat_|_/);
  });
});

describe('offers that cost money or bend policy', () => {
  const late = [customer('My order 55123 never arrived, I want it sorted.', 'frustration')];
  const found = [
    ...late,
    agent('I can see the parcel was lost by the carrier.'),
    customer('So what now?', 'frustration'),
  ];
  const offered = (s: Suggestion[]) => ids(s).filter((id) => byId(id)?.offer !== undefined);

  test('never before the solving stage, even when the settings allow them', () => {
    expect(offered(run(late, 'watch', { offers: ['replacement', 'refund', 'credit', 'exception'] }))).toEqual(
      [],
    );
    const asked = [
      ...late,
      agent('Could you tell me when you ordered?'),
      customer('Last week.', 'frustration'),
    ];
    expect(
      offered(run(asked, 'watch', { offers: ['replacement', 'refund', 'credit', 'exception'] })),
    ).toEqual([]);
  });

  test('never without the setting, even at the solving stage', () => {
    expect(offered(run(found, 'watch'))).toEqual([]);
    expect(offered(run(found, 'watch', { offers: [] }))).toEqual([]);
  });

  test('at the solving stage, only the offers the settings name', () => {
    const s = run(found, 'watch', { offers: ['replacement'], kindsShown: ['solve'] });
    expect(ids(s)).toContain('sol-replace');
    // Replacement or refund needs both allowed.
    expect(ids(s)).not.toContain('sol-two-options');
    const both = run(found, 'watch', { offers: ['replacement', 'refund'], kindsShown: ['solve'] });
    expect(offered(both).length).toBeGreaterThan(0);
    expect(
      offered(both).every((id) => ['sol-replace', 'sol-two-options', 'sol-refund-start'].includes(id)),
    ).toBe(true);
  });

  test("a team's own phrase tagged with an offer is held back the same way", () => {
    const team: Phrase = {
      ...byId('sol-next-step'),
      id: 'team-voucher',
      text: 'I can add a 10 euro credit to your account for the trouble.',
      stages: [...STAGES],
      offer: 'credit',
      source: 'team',
    };
    const playbook = [team];
    expect(ids(run(late, 'watch', { playbook, offers: ['credit'] }))).not.toContain('team-voucher');
    expect(ids(run(found, 'watch', { playbook }))).not.toContain('team-voucher');
    expect(ids(run(found, 'watch', { playbook, offers: ['credit'] }))).toContain('team-voucher');
  });
});

describe('questions only for facts really missing', () => {
  const angryRepeat = [
    customer('I was charged twice for my plan.', 'frustration'),
    agent('Let me look.'),
    customer('This is the third time I ask about the double charge!', 'anger'),
  ];

  test('what the helpdesk page shows is never asked for', () => {
    const page: SuggestContext = { pageFacts: { email: 'sam@shop.example', accountId: 'CU-1' } };
    const asked = run(angryRepeat, 'escalating', { context: page, kindsShown: ['clarify'] }).map(factOf);
    expect(asked).not.toContain('accountId');
    expect(asked).not.toContain('email');
    // Without the page's fields, the same chat does ask who the customer is.
    const without = run(angryRepeat, 'escalating', { kindsShown: ['clarify'] }).map(factOf);
    expect(without).toContain('accountId');
  });

  test('a late parcel is never asked about the device or browser', () => {
    const s = run(
      [customer('My parcel still has not arrived and the tracking page is not working.')],
      'watch',
    );
    const asked = s.filter((x) => x.kind === 'clarify').map(factOf);
    expect(asked).toContain('orderId');
    expect(asked).not.toContain('device');
    expect(asked).not.toContain('errorMessage');
  });

  test('an app fault asks about the error and device; not once the customer said there is no message', () => {
    const crash = run([customer('The app crashes when I open the camera.')], 'calm', {
      kindsShown: ['clarify'],
    });
    expect(crash.map(factOf)).toEqual(expect.arrayContaining(['errorMessage']));
    const none = run([customer('The app crashes when I open the camera. No error message at all.')], 'calm', {
      kindsShown: ['clarify'],
    });
    expect(none.map(factOf)).not.toContain('errorMessage');
  });
});

describe('whole values only', () => {
  const greeting = "Hi Maria, thanks for getting in touch. I'm Alex and I'll look into this for you.";

  test("the agent's own apostrophes never become an error quote, and the error phrase needs a real error", () => {
    const lines = [
      customer('The app crashes at checkout.'),
      agent(greeting),
      customer('ok, and?'),
      agent('It looks like a known fault, I will walk you through it.'),
      customer('fine'),
    ];
    const s = run(lines, 'calm', { kindsShown: ['solve'] });
    expect(ids(s)).not.toContain('sol-error-seen');
    for (const x of s) expect(x.text).not.toMatch(/you saw|"m Alex|""/);
  });

  test('with an error the customer quoted, the error phrase is offered with it', () => {
    const lines = [
      customer('The app crashes at checkout. It says "Payment session expired" every time.'),
      agent('It looks like a known fault on our side.'),
      customer('ok'),
    ];
    const playbook = [byId('sol-error-seen')];
    const s = run(lines, 'calm', { playbook });
    expect(s[0]?.text).toBe(
      'Thank you for the exact wording, "Payment session expired". That tells me where to look.',
    );
    expect(s[0]?.fromCustomer).toEqual([{ name: 'error.message', value: 'Payment session expired' }]);
  });
});

describe('a customer tired of scripted replies', () => {
  test('gets plain words instead of stock empathy', () => {
    const lines = [
      customer('My refund never arrived.', 'frustration'),
      agent('I understand your frustration.'),
      customer('Stop pasting the same script at me and answer the question.', 'anger'),
    ];
    const s = run(lines, 'escalating');
    for (const x of s) {
      expect(byId(x.phraseId)?.tags).not.toContain('stock');
      expect(x.text).not.toMatch(/I hear you/i);
    }
    expect(s.some((x) => byId(x.phraseId)?.tags.includes('scripted'))).toBe(true);
    // Once said, it holds for the rest of the chat; the "no script" lines answer the complaint itself only.
    const later = run(
      [...lines, agent('Your refund was sent on Monday.'), customer('Where is it then?', 'anger')],
      'escalating',
    );
    for (const x of later) expect(byId(x.phraseId)?.tags).not.toContain('stock');
    expect(later.some((x) => byId(x.phraseId)?.tags.includes('scripted'))).toBe(false);
    // Without the complaint, the plain "no script" lines are not offered.
    const calm = run([customer('My refund never arrived.', 'frustration')], 'escalating');
    expect(calm.some((x) => byId(x.phraseId)?.tags.includes('scripted'))).toBe(false);
  });
});
