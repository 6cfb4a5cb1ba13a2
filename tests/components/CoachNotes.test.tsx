// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CoachNotes } from '../../components/CoachNotes';
import { coachDraft } from '../../lib/coach';
import type { CoachResult } from '../../lib/suggest/types';
import { BIDI, expectShownAsText, IMG, LINK, resetPwned, SCRIPT, ZERO_WIDTH } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

function renderNotes(coach: CoachResult, composerFound = true) {
  const onAccept = vi.fn();
  const onCopy = vi.fn();
  const view = render(
    <CoachNotes
      coach={coach}
      composerFound={composerFound}
      error={null}
      copied={false}
      onAccept={onAccept}
      onCopy={onCopy}
    />,
  );
  return { ...view, onAccept, onCopy };
}

describe('CoachNotes: the calmer draft as a diff', () => {
  const draft = 'Please calm down. Your refund of $40 will arrive by Friday. Please calm down.';
  const coach = coachDraft(draft, { level: 'critical' });

  test('shows what is removed and what is added; the kept facts are plain text', () => {
    const { container } = renderNotes(coach);
    const dels = [...container.querySelectorAll('.coach-diff del')].map((d) => d.textContent).join('');
    const ins = [...container.querySelectorAll('.coach-diff ins')].map((d) => d.textContent).join('');
    expect(dels).toMatch(/calm/);
    expect(ins).toMatch(/understand/);
    expect(container.querySelector('.coach-diff')?.textContent).toContain(
      'Your refund of $40 will arrive by Friday.',
    );
  });

  test('one note per rule, and the "already upset" line once', () => {
    const { container, getAllByText } = renderNotes(coach);
    expect(container.querySelectorAll('.coach-notes li')).toHaveLength(1);
    expect(container.querySelector('.coach-notes li')?.textContent).toContain('(2 times)');
    expect(getAllByText(coach.heated ?? 'none')).toHaveLength(1);
  });

  test('Accept inserts the rewrite as it is', () => {
    const { getByRole, onAccept } = renderNotes(coach);
    fireEvent.click(getByRole('button', { name: 'Accept' }));
    expect(onAccept).toHaveBeenCalledWith(coach.rewrite);
  });

  test('Edit opens the rewrite in a text box; Insert sends the edited text', () => {
    const { getByRole, onAccept } = renderNotes(coach);
    fireEvent.click(getByRole('button', { name: 'Edit' }));
    const box = getByRole('textbox', { name: 'Edit the calmer draft' }) as HTMLTextAreaElement;
    expect(box.value).toBe(coach.rewrite);
    fireEvent.change(box, { target: { value: `${box.value} Thanks, Sam` } });
    fireEvent.click(getByRole('button', { name: 'Insert' }));
    expect(onAccept).toHaveBeenCalledWith(`${coach.rewrite} Thanks, Sam`);
  });

  test('without a reply box only Copy is offered', () => {
    const { queryByRole, getByRole } = renderNotes(coach, false);
    expect(queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(getByRole('button', { name: 'Copy' })).toBeTruthy();
  });
});

describe('CoachNotes: a draft quoting hostile customer text', () => {
  test('quoted draft words, the diff and the rewrite are text; the rewrite is passed on exactly', async () => {
    const rewrite = `I understand, ${IMG}. ${BIDI}`;
    const coach: CoachResult = {
      notes: [
        {
          rule: 'calm-down',
          start: 0,
          end: 10,
          text: `calm down ${SCRIPT}`,
          why: 'orders to calm down inflame',
        },
        { rule: 'blame', start: 20, end: 30, text: `${LINK} ${ZERO_WIDTH}`, why: 'blames the customer' },
      ],
      rewrite,
      diff: [
        { op: 'del', text: `calm down ${SCRIPT}` },
        { op: 'ins', text: rewrite },
      ],
    };
    const { container, getByRole, onAccept } = renderNotes(coach);
    await expectShownAsText(container, [`calm down ${SCRIPT}`, `${LINK} ${ZERO_WIDTH}`, rewrite]);
    fireEvent.click(getByRole('button', { name: 'Accept' }));
    expect(onAccept).toHaveBeenCalledWith(rewrite);
  });
});
