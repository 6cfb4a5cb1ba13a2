// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FlagItem } from '../../components/FlagItem';
import { dismissKey } from '../../lib/analyzer';
import type { Signal } from '../../lib/analyzer/types';
import type { Flag } from '../../lib/messaging/panel-state';
import { BIDI, expectShownAsText, HOSTILE, HUGE, IMG, LINK, resetPwned, SCRIPT, ZERO_WIDTH } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

/** A signal on `phrase`, whose "why" quotes the customer's words as the analyzer does. */
function signal(text: string, phrase: string, name: Signal['name'] = 'frustration'): Signal {
  const start = text.indexOf(phrase);
  return {
    name,
    strength: 0.7,
    spans: [{ start, end: start + phrase.length, text: phrase, rule: `phrase:${phrase}` }],
    why: `repeated failure: “${phrase}”`,
  };
}

const renderFlag = (shown: Omit<Flag, 'dismissKeys'>, onDismiss = vi.fn()) =>
  render(
    <ul>
      <FlagItem
        flag={{ ...shown, dismissKeys: [...new Set(shown.signals.flatMap((s) => s.spans.map(dismissKey)))] }}
        onDismiss={onDismiss}
      />
    </ul>,
  );

describe('FlagItem: a flagged customer message with hostile text', () => {
  test.each(HOSTILE)('%s: message, highlight and why are text', async (raw) => {
    const text = `😡 ${raw} this is STILL not working`;
    const { container } = renderFlag({
      messageKey: 'm1',
      text,
      signals: [signal(text, 'STILL not working')],
    });
    await expectShownAsText(container, [raw, 'repeated failure: “STILL not working”']);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['STILL not working']);
    expect(container.querySelector('.flag-text')?.textContent).toBe(text);
  });

  test('the triggering words are themselves markup: highlighted, quoted in why, passed back on dismiss', async () => {
    const text = `I will sue you ${IMG} ${SCRIPT} ${LINK}`;
    const onDismiss = vi.fn();
    const { container, getByRole } = renderFlag(
      {
        messageKey: IMG,
        text,
        signals: [signal(text, IMG, 'threat_legal'), signal(text, SCRIPT), signal(text, LINK, 'anger')],
      },
      onDismiss,
    );
    await expectShownAsText(container, [IMG, SCRIPT, LINK, `“${IMG}”`]);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([IMG, SCRIPT, LINK]);
    expect(container.querySelector('li')?.getAttribute('data-message-key')).toBe(IMG);
    expect(container.querySelector('.flag-labels')?.textContent).toBe('Legal threat · Frustration · Anger');
    fireEvent.click(getByRole('button', { name: /^Wrong flag/ }));
    expect(onDismiss).toHaveBeenCalledWith([`phrase:${IMG}`, `phrase:${SCRIPT}`, `phrase:${LINK}`]);
  });

  test('bidi override and zero-width characters before the highlight do not move it', async () => {
    const text = `${BIDI} ${ZERO_WIDTH} 👩‍👩‍👧‍👦 useless`;
    const { container } = renderFlag({ messageKey: 'm2', text, signals: [signal(text, 'useless')] });
    await expectShownAsText(container, [BIDI, ZERO_WIDTH]);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['useless']);
    // The message is a block of its own: an override it leaves open cannot reorder the labels, why or button.
    const block = container.querySelector('.flag-text');
    expect(block?.textContent).toBe(text);
    expect(block?.querySelector('.flag-why, .flag-labels, button')).toBeNull();
  });

  test('a 100 KB message: a bounded excerpt with the highlight', async () => {
    const text = `${HUGE}${IMG} STILL not working`;
    const { container } = renderFlag({
      messageKey: 'm3',
      text,
      signals: [signal(text, 'STILL not working')],
    });
    await expectShownAsText(container, [IMG, 'STILL not working']);
    expect(container.querySelector('.flag-text')?.textContent?.length).toBeLessThan(1_000);
  });
});

test('the dismiss button cannot be read as a reply to the customer, and its name says what it does', () => {
  const text = 'This is STILL not working';
  const { getByTestId, queryByText } = renderFlag({
    messageKey: 'm4',
    text,
    signals: [signal(text, 'STILL not working')],
  });
  const button = getByTestId('dismiss-flag');
  expect(button.textContent).toBe('Wrong flag');
  expect(button.getAttribute('aria-label')).toBe('Wrong flag: stop flagging these words in this chat');
  expect(queryByText('Not a problem')).toBeNull();
});
