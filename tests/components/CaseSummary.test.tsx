// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CaseSummary } from '../../components/CaseSummary';
import { BIDI, expectShownAsText, HUGE, IMG, LINK, resetPwned, SCRIPT, ZERO_WIDTH } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

/** A summary as lib/summary writes it: the customer's name and their words quoted, one fact per line. */
const SUMMARY = [
  `Customer: ${IMG}`,
  `Problem (customer's words): “${SCRIPT} my router drops every evening”`,
  `Moved the risk: “${LINK}”`,
  `Also said: “${BIDI}” and “${ZERO_WIDTH}”`,
].join('\n');

function renderSummary(status: 'ready' | 'error', text: string, error: string | null = null) {
  const onCopy = vi.fn();
  const onInsert = vi.fn();
  const view = render(
    <CaseSummary
      status={status}
      text={text}
      composerFound
      copied={false}
      error={error}
      onLoad={vi.fn()}
      onCopy={onCopy}
      onInsert={onInsert}
    />,
  );
  return { ...view, onCopy, onInsert };
}

describe('CaseSummary: a summary quoting hostile customer text', () => {
  test('shown as text, copied and inserted exactly', async () => {
    const { container, getByRole, onCopy, onInsert } = renderSummary(
      'ready',
      SUMMARY,
      `Insert failed: ${IMG}`,
    );
    await expectShownAsText(container, [IMG, SCRIPT, LINK, BIDI, ZERO_WIDTH, `Insert failed: ${IMG}`]);
    expect(container.querySelector('.summary-text')?.textContent).toBe(SUMMARY);
    fireEvent.click(getByRole('button', { name: 'Copy' }));
    fireEvent.click(getByRole('button', { name: 'Insert for an internal note' }));
    expect(onCopy).toHaveBeenCalledWith(SUMMARY);
    expect(onInsert).toHaveBeenCalledWith(SUMMARY);
  });

  test('an error text is shown as text', async () => {
    const { container } = renderSummary('error', `Could not summarise ${SCRIPT}`);
    await expectShownAsText(container, [`Could not summarise ${SCRIPT}`]);
  });

  test('a 100 KB summary is shown in full as text', async () => {
    const text = `Customer: ${IMG}\n${HUGE}`;
    const { container } = renderSummary('ready', text);
    await expectShownAsText(container, [text]);
  });
});
