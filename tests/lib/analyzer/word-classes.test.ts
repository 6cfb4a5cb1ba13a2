import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/analyzer/tokens';
import { capitalisedEntities, negatorGoverns, opensQuestion } from '../../../lib/analyzer/word-classes';

/** Whether the first negator in `text` governs its last word. */
function governs(text: string): boolean {
  const tokens = tokenize(text);
  const neg = tokens.findIndex((t) => t.norm === 'not' || t.norm === 'never');
  return negatorGoverns(text, tokens, neg, tokens.length - 1);
}

describe('word classes (what compromise used to answer at every worker start)', () => {
  it('a negator governs its word across adverbs and a copula, not across a clause or a noun', () => {
    expect(governs('not happy')).toBe(true);
    expect(governs("isn't even helpful")).toBe(true);
    expect(governs('never been so proud')).toBe(true);
    expect(governs("don't think it's worth")).toBe(false);
    expect(governs('not. Thanks')).toBe(false);
    expect(governs('not lol')).toBe(false);
    expect(governs('not successfully')).toBe(false);
  });

  it('a clause opens a question with a question word or an auxiliary before its subject', () => {
    const q = (text: string) => opensQuestion(tokenize(text));
    expect(q('why does it keep crashing')).toBe(true);
    expect(q('can you check my order')).toBe(true);
    expect(q('is there a way to pay later')).toBe(true);
    expect(q('when will it ship')).toBe(true);
    expect(q('what a mess')).toBe(false);
    expect(q("why I can't log in is beyond me")).toBe(false);
    expect(q('when I was told it shipped')).toBe(false);
    expect(q("can't wait to get it")).toBe(false);
  });

  it('acronyms and known names in capitals are not shouting', () => {
    expect([...capitalisedEntities(['USB', 'PDF', 'ANGRY', 'PayPal', 'A4'])].sort()).toEqual([
      'a4',
      'paypal',
      'pdf',
      'usb',
    ]);
  });
});
