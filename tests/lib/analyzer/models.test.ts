import { describe, expect, test } from 'vitest';
import { analyzeConversation, analyzeMessage } from '../../../lib/analyzer';
import { fromFile } from '../../../lib/analyzer/model/linear';

const names = (text: string, opts: Parameters<typeof analyzeMessage>[1] = {}) =>
  analyzeMessage(text, opts).signals.map((s) => s.name);

// Models built here, passed through the analyzer's options: nothing global is swapped, so nothing leaks between tests.
const alwaysUpset = fromFile({ bias: 8, threshold: 0.5, weights: {} });
const neverUpset = fromFile({ bias: -8, threshold: 0.5, weights: {} });
const alwaysAbuse = fromFile({ bias: 8, threshold: 0.5, weights: {} });

describe('the learned models come through the options', () => {
  test('a model that reads every message as upset flags a calm one; the shipped model does not', () => {
    const calm = 'Could you tell me when my parcel ships?';
    expect(names(calm, { models: { feeling: alwaysUpset } })).toContain('frustration');
    expect(names(calm)).not.toContain('frustration');
  });

  test('a model that never reads upset leaves a message to the rules alone', () => {
    const mild = 'This is really disappointing.';
    expect(names(mild)).toContain('frustration');
    expect(names(mild, { models: { feeling: neverUpset } })).not.toContain('frustration');
  });

  test('an abuse model of its own flags abuse; the shipped one keeps a thank-you calm', () => {
    const thanks = 'Thank you so much for your help today';
    expect(names(thanks, { models: { abuse: alwaysAbuse } })).toContain('abusive');
    expect(names(thanks)).toEqual([]);
  });

  test('a conversation is judged with the models it is given', () => {
    const turns = ['Hello, where is my parcel?', 'It was due on Monday.', 'Can you check it?'].map(
      (text, i) => ({
        key: String(i),
        role: 'customer' as const,
        text,
      }),
    );
    expect(analyzeConversation(turns).peak).toBe('calm');
    expect(analyzeConversation(turns, { models: { feeling: alwaysUpset } }).peak).not.toBe('calm');
  });
});
