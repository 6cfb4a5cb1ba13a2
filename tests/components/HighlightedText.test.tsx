// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { HighlightedText } from '../../components/HighlightedText';
import type { Span } from '../../lib/analyzer/types';
import {
  BIDI,
  expectShownAsText,
  HOSTILE,
  HUGE,
  IMG,
  MARKUP,
  resetPwned,
  SCRIPT,
  ZERO_WIDTH,
} from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

/** A span as the analyzer makes it: UTF-16 offsets into the message, and the matched text. */
function spanOf(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase, rule: `phrase:${phrase}` };
}

const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent);

describe('HighlightedText: hostile chat text', () => {
  test.each(HOSTILE)('%s is shown as the characters it is made of', async (raw) => {
    const text = `${raw} this is STILL not working`;
    const { container } = render(<HighlightedText text={text} spans={[spanOf(text, 'STILL not working')]} />);
    await expectShownAsText(container, [raw]);
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['STILL not working']);
  });

  test('markup inside a highlight stays text too', async () => {
    const text = `you are ${IMG} and ${SCRIPT}, useless`;
    const spans = MARKUP.filter((m) => text.includes(m)).map((m) => spanOf(text, m));
    const { container } = render(<HighlightedText text={text} spans={spans} />);
    await expectShownAsText(container, [IMG, SCRIPT]);
    expect(marks(container)).toEqual([IMG, SCRIPT]);
  });

  test('a 100 KB message shows a bounded excerpt around its highlight, still as text', async () => {
    const text = `${IMG} ${HUGE}and it is STILL not working`;
    const { container } = render(<HighlightedText text={text} spans={[spanOf(text, 'STILL not working')]} />);
    await expectShownAsText(container, ['STILL not working']);
    expect(marks(container)).toEqual(['STILL not working']);
    expect(container.textContent?.length).toBeLessThan(1_000);
    expect(container.textContent).toContain('…');
    // Without a highlight: the opening, cut, markup and all shown as characters.
    cleanup();
    const plain = render(<HighlightedText text={text} spans={[]} />).container;
    await expectShownAsText(plain, [IMG]);
    expect(plain.textContent?.length).toBeLessThan(1_000);
  });
});

describe('HighlightedText: marks cover exactly the span text', () => {
  test('after surrogate pairs, emoji sequences, bidi and zero-width characters', () => {
    const noise = `👩‍👩‍👧‍👦🔥😡 𝒜𝒷𝒸 ${BIDI} ${ZERO_WIDTH} 🇸🇪`;
    const text = `${noise} I want a refund ${noise} useless support 🙄 STILL not working ${noise}`;
    const spans = [spanOf(text, 'refund'), spanOf(text, 'useless'), spanOf(text, 'STILL not working')];
    const { container } = render(<HighlightedText text={text} spans={spans} />);
    expect(container.textContent).toBe(text);
    expect(marks(container)).toEqual(['refund', 'useless', 'STILL not working']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('a highlight that is itself emoji or astral characters keeps whole characters', () => {
    const text = 'ok 😡😡 fine 𝒜𝒷𝒸';
    const { container } = render(
      <HighlightedText text={text} spans={[spanOf(text, '😡😡'), spanOf(text, '𝒷')]} />,
    );
    expect(marks(container)).toEqual(['😡😡', '𝒷']);
    expect(container.textContent).toBe(text);
  });

  test('property: any text before and after, the mark is the phrase and every character is kept', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(...HOSTILE, '👩‍👩‍👧‍👦', '𝒜', '\u202E', '\u200B', '🇸🇪'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 4 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.array(piece, { maxLength: 4 }),
        (before, phrase, after) => {
          const head = before.join('');
          const text = `${head}${phrase}${after.join('')}`;
          const span: Span = {
            start: head.length,
            end: head.length + phrase.length,
            text: phrase,
            rule: 'r',
          };
          const { container, unmount } = render(<HighlightedText text={text} spans={[span]} />);
          try {
            expect(marks(container)).toEqual([phrase]);
            if (text.length <= 600) expect(container.textContent).toBe(text);
            expect(container.querySelectorAll('img, script, a')).toHaveLength(0);
          } finally {
            unmount();
          }
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });
});
