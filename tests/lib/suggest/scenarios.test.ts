/** Whole transcripts through the real analyzer and the engine: what an agent would see at each checkpoint. */
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '../../../lib/analyzer';
import { type ChatMessage, OFFER_KINDS, type OfferKind } from '../../../lib/chat';
import { DEFAULT_PLAYBOOK, type Fact, mentionsTimeline, phraseOffers } from '../../../lib/playbook';
import {
  CARDS_IN_VIEW,
  detectStage,
  isNearCopy,
  MAX_SUGGESTIONS,
  type Suggestion,
  suggest,
} from '../../../lib/suggest';
import { demoScenarios, fixtureScenarios, type Scenario } from './transcripts';

const fixtures = fixtureScenarios();
const scenarios = [...fixtures, ...demoScenarios()];
/** The facts the older fixtures name in words. */
const FACT_WORDS: Record<string, Fact> = { 'the order number': 'orderId', 'the email address': 'email' };
const phrase = (s: Suggestion) => DEFAULT_PLAYBOOK.find((p) => p.id === s.phraseId);

function run(scenario: Scenario, transcript: ChatMessage[], offers: readonly OfferKind[]) {
  return suggest({
    risk: analyzeConversation(transcript),
    transcript,
    playbook: DEFAULT_PLAYBOOK,
    context: {
      agentName: 'Alex',
      customerName: scenario.customerName ?? 'Dana',
      pageFacts: scenario.pageFacts,
    },
    offers,
    seed: 'k',
  });
}

test('there are scenario fixtures, the four new problem types and the demo among them', () => {
  expect(demoScenarios().map((d) => d.name)).toContain('demo-escalation.json');
  const names = fixtures.filter((f) => f.checks.length > 0).map((f) => f.name);
  expect(names.length).toBeGreaterThanOrEqual(10);
  for (const name of ['billing-double-charge', 'account-lockout', 'technical-bug', 'late-delivery'])
    expect(names).toContain(`suggest-${name}.json`);
});

describe.each(fixtures.filter((f) => f.checks.length > 0).map((f) => [f.name, f] as const))(
  '%s',
  (_n, fixture) => {
    test.each(fixture.checks.map((c) => [c.after, c] as const))('after message %s', (after, check) => {
      const transcript = fixture.turns.slice(0, fixture.turns.findIndex((t) => t.key === after) + 1);
      const s = run(fixture, transcript, []);
      const kinds = [...new Set(s.map((x) => x.kind))];
      if (check.firstKinds) expect(kinds.slice(0, check.firstKinds.length)).toEqual(check.firstKinds);
      for (const k of check.noKinds ?? []) expect(kinds).not.toContain(k);
      if (check.tiers)
        expect([...new Set(s.filter((x) => x.kind === 'boundary').map((x) => x.tier))]).toEqual(check.tiers);
      if (check.clarifyWhy) expect(s.find((x) => x.kind === 'clarify')?.why).toContain(check.clarifyWhy);
      if (check.refersWithTimeline) {
        const refer = s.filter((x) => x.kind === 'refer');
        expect(refer.length).toBeGreaterThan(0);
        for (const r of refer) expect(mentionsTimeline(r.text), r.text).toBe(true);
      }
      for (const text of check.texts ?? [])
        expect(
          s.some((x) => x.text.includes(text)),
          text,
        ).toBe(true);
      const asked = s.filter((x) => x.kind === 'clarify').map((x) => phrase(x)?.fact);
      for (const words of check.noClarify ?? []) expect(asked).not.toContain(FACT_WORDS[words]);
    });
  },
);

const QUOTED = /"([^"]*)"|“([^”]*)”/g;
const SCRIPTED = /\b(script(ed|s)?|canned|robot(ic)?|bot|copy.?paste[ds]?|pasting)\b/i;

/** Everything a card may never show, at any moment of any conversation. */
function expectSoundCards(s: Suggestion[], transcript: ChatMessage[], label: string) {
  const customerText = transcript
    .filter((m) => m.role === 'customer')
    .map((m) => m.text.toLowerCase())
    .join('\n');
  const sent = transcript.filter((m) => m.role === 'agent').map((m) => m.text);
  for (const x of s) {
    const where = `${label}: ${x.text}`;
    expect(x.text, where).not.toContain('{{');
    expect(x.missing, where).toEqual([]);
    expect(x.text, where).not.toMatch(/\byou saw\b/);
    // A quoted value is a whole quote the customer wrote, never empty and never a fragment between apostrophes.
    for (const m of x.text.matchAll(QUOTED)) {
      const inside = (m[1] ?? m[2] ?? '').trim();
      expect(inside.length, where).toBeGreaterThan(2);
      if (!phrase(x)?.text.includes(m[0])) expect(customerText, where).toContain(inside.toLowerCase());
    }
    expect(
      sent.some((a) => isNearCopy(x.text, a)),
      where,
    ).toBe(false);
    expect(x.why, where).not.toMatch(/\btier\b|_/i);
  }
  expect(s.length, label).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  // In view: one card per kind, the best kinds first; each kind says its why once.
  const kinds = new Set(s.map((x) => x.kind));
  const inView = s.slice(0, CARDS_IN_VIEW).map((x) => x.kind);
  expect(new Set(inView).size, label).toBe(Math.min(CARDS_IN_VIEW, kinds.size));
  for (const kind of kinds)
    expect(new Set(s.filter((x) => x.kind === kind).map((x) => x.why)).size, label).toBe(1);
}

const offering = (s: Suggestion[]) => s.filter((x) => phraseOffers(phrase(x) ?? {}).length > 0);

describe.each(scenarios.map((s) => [s.name, s] as const))('after every message of %s', (_n, scenario) => {
  const prefixes = scenario.turns
    .map((_t, i) => scenario.turns.slice(0, i + 1))
    .filter((t) => t.some((m) => m.role === 'customer'));
  const labelOf = (t: ChatMessage[]) => `after ${t.at(-1)?.key}`;

  test('no broken card, at most three in view, one per kind', () => {
    for (const transcript of prefixes) {
      expectSoundCards(run(scenario, transcript, []), transcript, labelOf(transcript));
      expectSoundCards(
        run(scenario, transcript, [...OFFER_KINDS]),
        transcript,
        `${labelOf(transcript)}, offers`,
      );
    }
  });

  test('money and exceptions only at the solving stage and only when the settings allow them', () => {
    for (const transcript of prefixes) {
      const label = labelOf(transcript);
      expect(
        offering(run(scenario, transcript, [])).map((x) => x.text),
        label,
      ).toEqual([]);
      const allowed = offering(run(scenario, transcript, [...OFFER_KINDS]));
      if (detectStage(transcript) !== 'resolving')
        expect(
          allowed.map((x) => x.text),
          label,
        ).toEqual([]);
      // Only the offers the settings name.
      const creditOnly = offering(run(scenario, transcript, ['credit']));
      expect(creditOnly.flatMap((x) => phraseOffers(phrase(x) ?? {})).filter((o) => o !== 'credit')).toEqual(
        [],
      );
    }
    if (scenario.offerAfter) {
      const transcript = scenario.turns.slice(
        0,
        scenario.turns.findIndex((t) => t.key === scenario.offerAfter) + 1,
      );
      expect(detectStage(transcript)).toBe('resolving');
      expect(offering(run(scenario, transcript, [...OFFER_KINDS])).length).toBeGreaterThan(0);
    }
  });

  test('no question for a fact the page shows or the chat gave, nor one beside the point', () => {
    const known = new Set<Fact>([...(Object.keys(scenario.pageFacts) as Fact[]), ...scenario.neverAsk]);
    for (const transcript of prefixes) {
      for (const fact of scenario.knownAfter[transcript.at(-1)?.key ?? ''] ?? []) known.add(fact);
      const asked = run(scenario, transcript, [])
        .filter((x) => x.kind === 'clarify')
        .map((x) => phrase(x)?.fact);
      expect(
        asked.filter((f) => f !== undefined && known.has(f)),
        labelOf(transcript),
      ).toEqual([]);
    }
  });

  test('a customer tired of scripted replies gets no stock empathy', () => {
    for (const transcript of prefixes) {
      // From the complaint on, for the rest of the chat.
      if (!transcript.some((m) => m.role === 'customer' && SCRIPTED.test(m.text))) continue;
      for (const x of run(scenario, transcript, [])) {
        expect(phrase(x)?.tags, x.text).not.toContain('stock');
        expect(x.text).not.toMatch(/\bI hear you\b/i);
      }
    }
  });
});
