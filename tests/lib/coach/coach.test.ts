import { describe, expect, test } from 'vitest';
import { coachDraft } from '../../../lib/coach';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';

const ctx = { level: 'escalating' as const, playbook: DEFAULT_PLAYBOOK };

describe('points out what inflames', () => {
  test.each([
    ['Please calm down and let me check.', 'calm-down', 'calm down'],
    ['Relax, it will be fine.', 'calm-down', 'Relax'],
    ["There's no need to get so upset.", 'calm-down', 'no need to get so upset'],
    ['You should have read the email we sent.', 'blame', 'You should have'],
    ['As I already said, the parcel is on its way.', 'blame', 'As I already said'],
    ['Like I said, it ships Monday.', 'blame', 'Like I said'],
    ["That's not my problem, sorry.", 'blame', "That's not my problem"],
    ['It is our policy not to refund opened items.', 'policy-wall', 'It is our policy'],
    ['Our policy states no refunds after 30 days.', 'policy-wall', 'policy states'],
    ["There's nothing I can do about that.", 'policy-wall', "There's nothing I can do"],
    ['Obviously the code has expired.', 'sarcasm', 'Obviously'],
    ['With all due respect, that is not how it works.', 'sarcasm', 'With all due respect'],
    ['Clearly you did not see the banner.', 'sarcasm', 'Clearly you'],
    ['PLEASE READ THE INSTRUCTIONS before writing.', 'shouting', 'PLEASE READ THE INSTRUCTIONS'],
  ])('%s', (draft, rule, span) => {
    const result = coachDraft(draft, ctx);
    const note = result.notes.find((n) => n.rule === rule);
    expect(note?.text).toBe(span);
    expect(draft.slice(note?.start, note?.end)).toBe(span);
    expect(result.rewrite).toBeTruthy();
    expect(result.rewrite).not.toContain('{{');
  });

  test('several problems are listed in draft order, without overlaps', () => {
    const draft = 'Calm down. As I said, it is our policy. OBVIOUSLY YOU MISSED IT.';
    const rules = coachDraft(draft, ctx).notes.map((n) => n.rule);
    expect(rules).toEqual(['calm-down', 'blame', 'policy-wall', 'shouting']);
  });

  test('the rewrite fits the rule: policy as a wall gets an offer of what can be done', () => {
    expect(coachDraft('Sorry, it is our policy.', ctx).rewrite).toMatch(/\bI can\b/);
  });

  test('a calmer rewrite is said once per draft: the upset customer is noted once, not on every note', () => {
    const result = coachDraft('Calm down. As I said, it is our policy. OBVIOUSLY YOU MISSED IT.', ctx);
    expect(result.heated).toBeTruthy();
    for (const note of result.notes) expect(note.why).not.toContain(result.heated);
    expect(coachDraft('Please calm down', { ...ctx, level: 'calm' }).heated).toBeUndefined();
  });

  test('"not our fault" is pointed out', () => {
    expect(coachDraft('Sorry, but that is not our fault.', ctx).notes.map((n) => n.rule)).toEqual([
      'not-our-fault',
    ]);
  });
});

describe('quiet when the draft is fine', () => {
  test.each([
    '',
    'I hear you, and I am sorry this happened. Let me fix it now.',
    'It is our policy to check ID, but what I can do is verify you by email instead.',
    'Our policy is 30 days; however, I can make an exception for you.',
    'I have sent the PDF and the URL by SMS.',
    'Your order ID is ABC 123 and will ship via UPS.',
    'The new rules relaxed the limits, so the refund can go through.',
    'You should receive it within 2 days.',
    'You should have received the tracking email by now.',
    'I can see why that was confusing.',
    'Thanks for clearly explaining it.',
  ])('%j', (draft) => {
    expect(coachDraft(draft, ctx)).toEqual({ notes: [] });
  });
});
