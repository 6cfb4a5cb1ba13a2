import { expect, test } from 'vitest';
import { buildReview, maxLevel, replyOutcomes, reviewId, templatePreview } from '../../../lib/ui/review';

test('each reply is judged by the next customer message', () => {
  const scores = [20, 60, 45, 70];
  const outcomes = replyOutcomes(scores, [
    { at: 2, phraseId: 'a', template: 'I hear you.' }, // after 60, next 45: fell
    { at: 3, phraseId: 'b', template: 'As I said.' }, // after 45, next 70: rose
    { at: 4, phraseId: 'c', template: 'Too late to tell.' }, // no customer message after it yet
    { at: 0, phraseId: 'd', template: 'Before anything.' }, // nothing before it
  ]);
  expect(outcomes).toEqual([
    { phraseId: 'a', template: 'I hear you.', before: 60, after: 45, fell: true },
    { phraseId: 'b', template: 'As I said.', before: 45, after: 70, fell: false },
  ]);
  expect(buildReview(scores, 'escalating', []).outcomes).toEqual([]);
});

test('maxLevel and reviewId', () => {
  expect(maxLevel('watch', 'critical')).toBe('critical');
  expect(maxLevel('escalating', 'calm')).toBe('escalating');
  expect(reviewId('zendesk:ticket-123')).toBe(reviewId('zendesk:ticket-123'));
  expect(reviewId('zendesk:ticket-123')).not.toBe(reviewId('zendesk:ticket-124'));
  expect(reviewId('zendesk:ticket-123')).not.toContain('123');
});

test('a template is shown with its placeholders as labels, never filled', () => {
  expect(templatePreview('Hi {{customer.firstName | there}}, order {{order.id}} is on its way.')).toBe(
    'Hi [customer first name], order [order id] is on its way.',
  );
});
