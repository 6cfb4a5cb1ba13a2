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

function renderSummary(
  status: 'ready' | 'error',
  text: string,
  error: string | null = null,
  canWriteNote = true,
) {
  const onCopy = vi.fn();
  const onInsert = vi.fn();
  const view = render(
    <CaseSummary
      status={status}
      text={text}
      canWriteNote={canWriteNote}
      copied={false}
      error={error}
      onLoad={vi.fn()}
      onCopy={onCopy}
      onInsertNote={onInsert}
    />,
  );
  return { ...view, onCopy, onInsert };
}

describe('CaseSummary: a note, never the public reply', () => {
  test('with a note mode, Insert says it goes into an internal note', () => {
    const { getByRole, onInsert } = renderSummary('ready', 'Case summary');
    fireEvent.click(getByRole('button', { name: 'Insert as internal note' }));
    expect(onInsert).toHaveBeenCalledWith('Case summary');
  });

  test('without one, only Copy is offered', () => {
    const { queryAllByRole, getByRole } = renderSummary('ready', 'Case summary', null, false);
    expect(queryAllByRole('button').map((b) => b.textContent)).toEqual(['Refresh summary', 'Copy']);
    expect(getByRole('button', { name: 'Copy' }).className).toBe('button-primary');
  });
});

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
    fireEvent.click(getByRole('button', { name: 'Insert as internal note' }));
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
