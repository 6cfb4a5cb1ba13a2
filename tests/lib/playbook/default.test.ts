import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { SUGGESTION_KINDS } from '../../../lib/chat';
import {
  DEFAULT_PLAYBOOK,
  FACTS,
  fillTemplate,
  mentionsTimeline,
  PhraseSchema,
  PLACEHOLDERS,
  parseTemplate,
  phraseOffers,
} from '../../../lib/playbook';

const known = new Set<string>(PLACEHOLDERS);

describe('default playbook', () => {
  test('has at least 150 phrases with unique ids', () => {
    expect(DEFAULT_PLAYBOOK.length).toBeGreaterThanOrEqual(150);
    const ids = DEFAULT_PLAYBOOK.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(DEFAULT_PLAYBOOK.map((p) => [p.id, p] as const))('%s passes the phrase schema', (_id, phrase) => {
    const parsed = v.safeParse(PhraseSchema, phrase);
    expect(parsed.success ? [] : parsed.issues.map((i) => i.message)).toEqual([]);
    expect(phrase.source).toBe('default');
  });

  test('covers every kind, every boundary tier and every clarifying fact', () => {
    for (const kind of SUGGESTION_KINDS)
      expect(DEFAULT_PLAYBOOK.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    for (const tier of [1, 2, 3])
      expect(
        DEFAULT_PLAYBOOK.filter((p) => p.kind === 'boundary' && p.tier === tier).length,
      ).toBeGreaterThanOrEqual(3);
    for (const fact of FACTS)
      expect(DEFAULT_PLAYBOOK.filter((p) => p.fact === fact).length, fact).toBeGreaterThanOrEqual(3);
  });

  test('every placeholder is one the filler knows', () => {
    const unknown = DEFAULT_PLAYBOOK.flatMap((p) =>
      parseTemplate(p.text)
        .filter((t) => !known.has(t.name))
        .map((t) => `${p.id}: ${t.name}`),
    );
    expect(unknown).toEqual([]);
  });

  test('every referral says when', () => {
    const refer = DEFAULT_PLAYBOOK.filter((p) => p.kind === 'refer');
    expect(refer.filter((p) => !mentionsTimeline(p.text)).map((p) => p.id)).toEqual([]);
    // Filled with fallbacks only, as the panel shows it when no timeline is set.
    expect(refer.filter((p) => !mentionsTimeline(fillTemplate(p.text, {}).text)).map((p) => p.id)).toEqual(
      [],
    );
  });

  // guidance.md: what inflames. None of the built-in phrases may do it.
  const forbidden: [string, RegExp][] = [
    ['orders to calm down', /\b(calm down|settle down|relax)\b/i],
    ['blame', /\b(you should have|you should've|as i already said|like i said|not my problem)\b/i],
  ];
  test.each(forbidden)('no phrase contains %s', (_what, re) => {
    expect(DEFAULT_PLAYBOOK.filter((p) => re.test(p.text)).map((p) => p.id)).toEqual([]);
  });

  test('policy is never mentioned without an alternative', () => {
    const walls = DEFAULT_PLAYBOOK.filter(
      (p) => /\bpolicy\b/i.test(p.text) && !/\b(but|however|instead|what i can do|i can)\b/i.test(p.text),
    );
    expect(walls.map((p) => p.id)).toEqual([]);
  });

  test('apologies never admit fault', () => {
    const fault =
      /\b(our fault|my fault|we made a mistake|i made a mistake|we messed up|we got it wrong|our error|we failed)\b/i;
    const apologies = DEFAULT_PLAYBOOK.filter((p) => p.kind === 'apologize');
    expect(apologies.filter((p) => fault.test(p.text)).map((p) => p.id)).toEqual([]);
    expect(apologies.every((p) => /\b(sorry|apologi[sz]e)\b/i.test(p.text))).toBe(true);
  });

  // The engine holds back offers by their tag, not their wording: every built-in phrase that offers one is tagged.
  test.each([
    ['replacement', /\b(send|ship)\b.{0,30}\breplacement\b|\breplacement\b.{0,20}\bat no cost/i],
    ['refund', /\b(i|we) can\b.{0,30}\brefund\b/i],
    ['credit', /\b(i|we) can\b.{0,30}\bcredit\b/i],
    ['exception', /\bexception\b/i],
  ])('every phrase offering a %s is tagged with it', (offer, re) => {
    const untagged = DEFAULT_PLAYBOOK.filter(
      (p) => re.test(p.text) && !phraseOffers(p).includes(offer as never),
    ).map((p) => p.id);
    expect(untagged).toEqual([]);
    expect(DEFAULT_PLAYBOOK.some((p) => phraseOffers(p).includes(offer as never))).toBe(true);
  });

  test('only a clear solving phrase makes an offer', () => {
    expect([...new Set(DEFAULT_PLAYBOOK.filter((p) => p.offer).map((p) => p.kind))]).toEqual(['solve']);
  });

  test('boundary tiers escalate in what they say', () => {
    const tier = (t: number) => DEFAULT_PLAYBOOK.filter((p) => p.kind === 'boundary' && p.tier === t);
    expect(tier(1).every((p) => /respect|courtesy|insults|on your side/i.test(p.text))).toBe(true);
    expect(tier(3).every((p) => /\b(end|ending|clos(e|ing))\b/i.test(p.text))).toBe(true);
  });
});
