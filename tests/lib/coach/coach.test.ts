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

  test('the rewrite is stable while the agent types', () => {
    const a = coachDraft('Please calm down', ctx).rewrite;
    expect(coachDraft('Please calm down, I am checking', ctx).rewrite).toBe(a);
  });

  test('the note says it matters more when the customer is already upset', () => {
    const calm = coachDraft('Please calm down', { ...ctx, level: 'calm' }).notes[0]?.why ?? '';
    const hot = coachDraft('Please calm down', ctx).notes[0]?.why ?? '';
    expect(hot.length).toBeGreaterThan(calm.length);
    expect(hot).toContain(calm);
  });

  test('the rewrite greets by name when the name is known, and never uses a disabled phrase', () => {
    const only = DEFAULT_PLAYBOOK.filter((p) => p.id === 'ack-take-seriously' || p.id === 'ack-heard');
    const named = coachDraft('Calm down.', { ...ctx, playbook: only, customerName: 'Dana Smith' });
    expect(named.rewrite).toContain('Dana');
    const none = coachDraft('Calm down.', { ...ctx, playbook: only.map((p) => ({ ...p, disabled: true })) });
    expect(none.rewrite).toBeUndefined();
    expect(none.notes).toHaveLength(1);
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
    'I can see why that was confusing.',
    'Thanks for clearly explaining it.',
  ])('%j', (draft) => {
    expect(coachDraft(draft, ctx)).toEqual({ notes: [] });
  });
});
