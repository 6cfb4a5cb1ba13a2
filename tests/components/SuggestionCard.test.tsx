// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SuggestionCard } from '../../components/SuggestionCard';
import type { Suggestion } from '../../lib/suggest/types';
import { expectShownAsText, HOSTILE, HUGE, IMG, LINK, resetPwned, SCRIPT } from './hostile';

afterEach(cleanup);
beforeEach(resetPwned);

/** A suggestion whose customer name was filled in by the background, with an order number still to fill. */
const suggestion = (name: string, why = 'customer repeated the problem'): Suggestion => ({
  phraseId: 'ack-1',
  kind: 'acknowledge',
  text: `Hi ${name}, I am sorry that order {{order.number}} is late.`,
  template: 'Hi {{customer.firstName}}, I am sorry that order {{order.number}} is late.',
  fromCustomer: [],
  missing: ['order.number'],
  why,
});

function renderCard(
  s: Suggestion,
  values: Record<string, string>,
  error: string | null = null,
  confirmed = true,
) {
  const onCopy = vi.fn();
  const onFill = vi.fn();
  const onConfirm = vi.fn();
  const view = render(
    <ul>
      <SuggestionCard
        suggestion={s}
        number={1}
        values={values}
        unfilled={[]}
        confirmed={confirmed}
        composerFound
        canInsert
        error={error}
        copied={false}
        onFill={onFill}
        onConfirm={onConfirm}
        onInsert={vi.fn()}
        onCopy={onCopy}
      />
    </ul>,
  );
  return { ...view, onCopy, onFill, onConfirm };
}

describe('SuggestionCard: a customer name and placeholder values from strangers', () => {
  test.each(HOSTILE)('customer name %s is shown and copied as text', async (name) => {
    const { container, getByTestId, onCopy } = renderCard(suggestion(name), { 'order.number': 'A-17' });
    const expected = `Hi ${name}, I am sorry that order A-17 is late.`;
    await expectShownAsText(container, [name]);
    expect(getByTestId('suggestion-text').textContent).toBe(expected);
    fireEvent.click(getByTestId('copy-suggestion'));
    expect(onCopy).toHaveBeenCalledWith(expected);
  });

  test('a placeholder value with markup or replacement patterns is filled as plain text, links removed', async () => {
    const value = `${LINK} $& $1 $$ $\``;
    const { container, getByTestId, getByLabelText } = renderCard(
      suggestion('Marta', `the customer wrote “${SCRIPT}”`),
      { 'order.number': value },
      `The reply box said ${IMG}`,
    );
    // The reason is said once for the card's group (the panel's section), not on the card.
    await expectShownAsText(container, [IMG]);
    expect(container.textContent).not.toContain(SCRIPT);
    // The one filler (lib/playbook/template.ts): the javascript: link and the code marker are gone, `$&` stays literal.
    expect(getByTestId('suggestion-text').textContent).toBe(
      'Hi Marta, I am sorry that order <a href=" $& $1 $$ $ is late.',
    );
    expect((getByLabelText('order number') as HTMLInputElement).value).toBe(value);
    expect(within(container).getByRole('alert').textContent).toBe(`The reply box said ${IMG}`);
  });

  test('a 100 KB name is shown in full as text', async () => {
    const name = `${IMG}${HUGE.trimEnd()}`;
    const { container, getByTestId } = renderCard(suggestion(name), {});
    await expectShownAsText(container, [name]);
    expect(getByTestId('suggestion-text').textContent).toBe(
      `Hi ${name}, I am sorry that order {{order.number}} is late.`,
    );
  });
});

describe('SuggestionCard: words the customer chose', () => {
  const fromCustomer = (): Suggestion => ({
    phraseId: 'sol-1',
    kind: 'solve',
    text: 'Thanks for the error "Payment declined". Here is the fix.',
    template: 'Thanks for the error "{{error.message}}". Here is the fix.',
    fromCustomer: [{ name: 'error.message', value: 'Payment declined' }],
    missing: [],
    why: '',
  });

  test('are marked as from the customer, and the agent confirms them', () => {
    const { container, getByRole, onConfirm } = renderCard(fromCustomer(), {}, null, false);
    const marked = [...container.querySelectorAll('mark.from-customer')].map((m) => m.textContent);
    expect(marked).toEqual(['Payment declined']);
    const box = getByRole('checkbox', { name: /from the customer/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(onConfirm).toHaveBeenCalledWith(true);
  });

  test('a suggestion without them has nothing marked and nothing to confirm', () => {
    const { container, queryByRole } = renderCard(suggestion('Dana'), { 'order.number': 'A-17' });
    expect(container.querySelector('mark')).toBeNull();
    expect(queryByRole('checkbox')).toBeNull();
  });
});

describe('SuggestionCard: a card already inserted', () => {
  const used = (): Suggestion => ({ ...suggestion('Dana'), missing: [], used: true });

  test('stays readable, marked "Used"; its Insert is a deliberate "Insert again" with no key on it', () => {
    const { getByTestId, getByRole } = renderCard(used(), {});
    const card = getByTestId('suggestion');
    expect(card.dataset.used).toBe('true');
    expect(card.className).toContain('card-used');
    expect(getByTestId('used-badge').textContent).toBe('Used');
    expect(getByTestId('suggestion-text').textContent).toContain('Hi Dana');
    const again = getByRole('button', { name: 'Insert again' });
    expect(again.getAttribute('aria-keyshortcuts')).toBeNull();
    expect(again.className).toBe('button-secondary');
  });

  test('a card not yet used has its key and no badge', () => {
    const { getByTestId, queryByTestId } = renderCard(suggestion('Dana'), {});
    expect(getByTestId('suggestion').dataset.used).toBe('false');
    expect(queryByTestId('used-badge')).toBeNull();
    expect(getByTestId('insert-suggestion').getAttribute('aria-keyshortcuts')).toBe('1');
  });

  test('the reason is not repeated on the card: its group says it once', () => {
    const { container } = renderCard(suggestion('Dana', 'customer repeated the problem'), {});
    expect(container.textContent).not.toContain('customer repeated the problem');
  });
});
