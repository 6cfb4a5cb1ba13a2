import { describe, expect, test } from 'vitest';
import { coachDraft, HEATED } from '../../../lib/coach';
import { sideOf, wordDiff } from '../../../lib/coach/diff';

const ctx = { level: 'escalating' as const };

/** Numbers, amounts, order ids and codes: every one must survive the rewrite. */
const NUMBERS = /[$€£#]?\d[\d.,:/]*\d|[$€£#]?\d|\b[A-Z]{2,}[-_]?\d[\w-]*/g;

/** [draft, names and dates it states, what inflames in it] */
const DRAFTS: [string, string[], string[]][] = [
  ['Please calm down. Your refund of $40 will arrive by Friday.', ['Friday'], ['calm down']],
  [
    'You should have read the email we sent on March 3. Order #48213 ships Monday.',
    ['March 3', 'Monday'],
    ['you should have'],
  ],
  [
    "As I already said, the parcel is on its way. It's our policy not to refund opened items.",
    [],
    ['as i already said'],
  ],
  [
    "The delay is not our fault, the courier DHL lost it. I'll send a replacement by Friday, Maria.",
    ['DHL', 'Friday', 'Maria', "I'll send a replacement by Friday"],
    ['not our fault'],
  ],
  [
    "That's not our fault. We will refund 64.90 to your card within 3 days.",
    ['within 3 days'],
    ['not our fault'],
  ],
  [
    "Please calm down. As I already said, order #48213 is not our fault, the courier lost it. I'll refund $64.90 by Friday, Maria.",
    ['order #48213 is', "I'll refund $64.90 by Friday", 'Maria'],
    ['calm down', 'as i already said', 'not our fault'],
  ],
  ['Obviously the code has expired. Use code SAVE10 instead, Dana.', ['SAVE10', 'Dana'], ['obviously']],
  [
    'YOUR ORDER ORD-5521 WAS SHIPPED ON FRIDAY, PLEASE CHECK THE TRACKING.',
    ['ORD-5521', 'Friday'],
    ['YOUR ORDER', 'WAS SHIPPED', 'PLEASE CHECK THE TRACKING'],
  ],
  [
    "I already told you that the refund of €64.90 takes 3 days. There's nothing I can do about that.",
    ['€64.90', '3 days'],
    ['already told you', "there's nothing i can do"],
  ],
  [
    "Calm down and let me check order 1234. You didn't read the FAQ we sent on 12/03.",
    ['FAQ', '12/03'],
    ['calm down', "you didn't read"],
  ],
  [
    "With all due respect, that's not my problem. Talk to billing, Sam.",
    ['Sam'],
    ['with all due respect', 'not my problem'],
  ],
  [
    'It is your own fault the payment failed. Clearly you typed card ending 4417 wrong. I will retry it at 3pm.',
    ['4417', 'I will retry it at 3pm'],
    ['your own fault', 'clearly you'],
  ],
  [
    "No need to get so upset, Mr Novak. We're not responsible for the courier. Like I said, a new one ships by 14 May.",
    ['Mr Novak', '14 May'],
    ['no need to get so upset', 'not responsible', 'like i said'],
  ],
];

describe.each(DRAFTS)('%j', (draft, stated, inflaming) => {
  const result = coachDraft(draft, ctx);
  const rewrite = result.rewrite ?? '';

  test('the rewrite keeps every number, id, name and date of the draft', () => {
    expect(rewrite).not.toBe('');
    for (const fact of [...(draft.match(NUMBERS) ?? []), ...stated]) expect(rewrite).toContain(fact);
  });

  test('each inflaming phrase is gone, and the coach has nothing left to say about the rewrite', () => {
    for (const phrase of inflaming) {
      // Shouting is a matter of case; the other phrases are gone in any case.
      if (phrase === phrase.toUpperCase()) expect(rewrite).not.toContain(phrase);
      else expect(rewrite.toLowerCase()).not.toContain(phrase.toLowerCase());
    }
    expect(coachDraft(rewrite, ctx).notes).toEqual([]);
  });

  test('only the flagged parts changed: every change is small and has a reason', () => {
    expect(result.changes?.length).toBeGreaterThan(0);
    for (const c of result.changes ?? []) {
      expect(c.why.length).toBeGreaterThan(10);
      expect(c.from.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
    const kept = (result.diff ?? [])
      .filter((p) => p.op === 'same')
      .map((p) => p.text)
      .join('');
    const shouted = result.notes.some((n) => n.rule === 'shouting');
    // Lowercasing a shouted draft changes most of its words; otherwise most of the draft stays as written.
    if (!shouted) expect(kept.length).toBeGreaterThan(draft.length / 3);
  });

  test('the diff spells the draft on one side and the rewrite on the other', () => {
    expect(sideOf(result.diff ?? [], 'before')).toBe(draft);
    expect(sideOf(result.diff ?? [], 'after')).toBe(rewrite);
  });
});

test('a rule is noted once however often it matches, and "upset" is said once', () => {
  const draft = 'Calm down. Please calm down. Relax, I am checking order 77.';
  const result = coachDraft(draft, ctx);
  expect(result.notes.map((n) => n.rule)).toEqual(['calm-down']);
  expect(result.notes[0]?.count).toBe(3);
  expect(result.heated).toBe(HEATED);
  expect(result.notes[0]?.why).not.toContain(HEATED);
  expect(coachDraft(draft, { level: 'calm' }).heated).toBeUndefined();
});

test('the policy sentence keeps its words and gains a way forward, once', () => {
  const draft = "It's our policy not to refund opened items. Policy states 30 days.";
  const rewrite = coachDraft(draft, ctx).rewrite ?? '';
  expect(rewrite.startsWith("It's our policy not to refund opened items.")).toBe(true);
  expect(rewrite.match(/what I can do/g)).toHaveLength(1);
  expect(rewrite).toContain('30 days');
});

test('curly apostrophes are read like straight ones', () => {
  const draft = 'That’s not our fault. The refund of $12 is on its way.';
  expect(coachDraft(draft, ctx).notes.map((n) => n.rule)).toEqual(['not-our-fault']);
  expect(coachDraft(draft, ctx).rewrite).toContain('$12 is on its way');
});

describe('wordDiff', () => {
  test('marks the replaced words only', () => {
    const parts = wordDiff('Please calm down. Refund $40 by Friday.', 'I understand. Refund $40 by Friday.');
    expect(
      parts
        .filter((p) => p.op === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('. Refund $40 by Friday.');
    const of = (op: string) =>
      parts
        .filter((p) => p.op === op)
        .map((p) => p.text)
        .join('|');
    expect(of('del')).toMatch(/Please.*calm.*down/);
    expect(of('ins')).toMatch(/I.*understand/);
  });

  test('rebuilds both texts for random word soups', () => {
    const words = ['a', 'b', 'refund', '$40', ' ', ', ', '.', 'Friday', '\n', 'ORD-1', 'é', '👍'];
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return words[seed % words.length] ?? '';
    };
    for (let n = 0; n < 200; n++) {
      const a = Array.from({ length: n % 17 }, pick).join('');
      const b = Array.from({ length: (n * 7) % 13 }, pick).join('');
      const parts = wordDiff(a, b);
      expect(sideOf(parts, 'before')).toBe(a);
      expect(sideOf(parts, 'after')).toBe(b);
    }
  });
});
