// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ReviewItem } from '../../components/ReviewItem';
import type { ReviewEntry } from '../../lib/storage/history';
import { expectShownAsText, HOSTILE, HUGE, IMG, resetPwned } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

/** A saved review whose inserted replies repeat the customer's name and words. */
const review = (texts: readonly string[]): ReviewEntry => ({
  id: 'r1',
  savedAt: Date.UTC(2025, 2, 4, 12, 0),
  siteId: 'zendesk',
  peak: 'critical',
  scores: [10, 80, 30],
  outcomes: texts.map((template, i) => ({
    phraseId: `p${i}`,
    template,
    before: 80,
    after: 30,
    fell: i % 2 === 0,
  })),
});

describe('ReviewItem: replies quoting hostile text', () => {
  test('every reply the risk fell after is shown as text', async () => {
    const texts = HOSTILE.map((h) => `Sorry, ${h}, I understand.`);
    const { container } = render(
      <ul>
        <ReviewItem review={review(texts)} />
      </ul>,
    );
    const fell = texts.filter((_, i) => i % 2 === 0);
    await expectShownAsText(container, fell);
    expect([...container.querySelectorAll('q')].map((q) => q.textContent)).toEqual(fell);
    expect(container.textContent).toContain(
      `${texts.length - fell.length} inserted replies were not followed`,
    );
  });

  test('a 100 KB reply is shown in full as text', async () => {
    const text = `${IMG}${HUGE}`;
    const { container } = render(
      <ul>
        <ReviewItem review={review([text])} />
      </ul>,
    );
    await expectShownAsText(container, [text]);
  });
});
