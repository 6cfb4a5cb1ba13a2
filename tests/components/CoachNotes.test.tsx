// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CoachNotes } from '../../components/CoachNotes';
import type { CoachResult } from '../../lib/suggest/types';
import { BIDI, expectShownAsText, IMG, LINK, resetPwned, SCRIPT, ZERO_WIDTH } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

describe('CoachNotes: a draft quoting hostile customer text', () => {
  test('quoted draft words and the rewrite are text; the rewrite is passed on exactly', async () => {
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
    };
    const onUseRewrite = vi.fn();
    const { container, getByRole } = render(
      <CoachNotes
        coach={coach}
        composerFound
        error={null}
        copied={false}
        onUseRewrite={onUseRewrite}
        onCopy={vi.fn()}
      />,
    );
    await expectShownAsText(container, [`calm down ${SCRIPT}`, `${LINK} ${ZERO_WIDTH}`, rewrite]);
    fireEvent.click(getByRole('button', { name: 'Use this instead' }));
    expect(onUseRewrite).toHaveBeenCalledWith(rewrite);
  });
});
