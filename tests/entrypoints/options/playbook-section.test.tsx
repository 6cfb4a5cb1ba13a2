// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { fakePlaybook, phrase } from './fake-playbook';
import { click, renderOptions } from './render';

afterEach(cleanup);

const rows = () => screen.getAllByTestId('phrase') as HTMLElement[];
const texts = () => rows().map((r) => r.querySelector('.phrase-text')?.textContent);
const kind = (name: RegExp) =>
  within(screen.getByRole('navigation', { name: 'Phrase kinds' })).getByRole('button', { name: name });

test('kinds on the left with counts; the list shows the selected kind only', async () => {
  await renderOptions();
  expect(kind(/^Acknowledge/).getAttribute('aria-pressed')).toBe('true');
  expect(kind(/^Acknowledge/).textContent).toBe('Acknowledge 2');
  expect(kind(/^Clarify/).textContent).toBe('Clarify 1');
  expect(kind(/^All kinds/).textContent).toBe('All kinds 4');
  expect(rows()).toHaveLength(2);
  await click(kind(/^Set a boundary/));
  expect(texts()).toEqual(['I want to help, and I ask that we keep this respectful.']);
  await click(kind(/^All kinds/));
  expect(rows()).toHaveLength(4);
});

test('search narrows the list and the counts, over the phrase text', async () => {
  await renderOptions();
  await click(kind(/^All kinds/));
  fireEvent.change(screen.getByLabelText('Search phrases'), { target: { value: 'ORDER number' } });
  expect(texts()).toEqual(['Could you share the order number?']);
  expect(kind(/^Clarify/).textContent).toBe('Clarify 1');
  expect(kind(/^Acknowledge/).textContent).toBe('Acknowledge 0');
  fireEvent.change(screen.getByLabelText('Search phrases'), { target: { value: 'nothing like this' } });
  expect(screen.queryAllByTestId('phrase')).toHaveLength(0);
  expect(screen.getByText(/No phrase matches/)).toBeTruthy();
});

test('chips filter by where a phrase comes from and whether it is in use', async () => {
  const team = [phrase({ id: 't1', kind: 'acknowledge', text: 'Team hello.', source: 'team' })];
  await renderOptions(fakePlaybook({ team }));
  expect(rows().map((r) => r.dataset.source)).toEqual(['default', 'default', 'team']);
  await click(screen.getByRole('radio', { name: 'Team' }));
  expect(texts()).toEqual(['Team hello.']);
  await click(screen.getByRole('radio', { name: 'Built-in' }));
  expect(rows()).toHaveLength(2);
  await click(within(rows()[0] as HTMLElement).getByRole('checkbox', { name: 'In use' }));
  await click(screen.getByRole('radio', { name: 'Switched off' }));
  expect(texts()).toEqual(['I hear you, that sounds frustrating.']);
  await click(screen.getByRole('radio', { name: 'Mine' }));
  expect(rows().map((r) => r.dataset.source)).toEqual(['edited']);
  await click(screen.getByRole('radio', { name: 'In use' }));
  expect(screen.queryAllByTestId('phrase')).toHaveLength(0);
});

test('placeholders show as readable chips with their fallback, never as braces', async () => {
  const { view } = await renderOptions();
  const list = screen.getByTestId('phrase-list');
  expect(list.textContent).not.toMatch(/\{\{|\}\}/);
  const chip = within(list).getByTestId('placeholder-chip');
  expect(chip.textContent).toBe('customer’s first name (or “there”)');
  expect(view.container.textContent).not.toContain('{{customer.firstName');
});

test('Edit opens the form where the phrase is, and saving keeps the other fields', async () => {
  const { playbook } = await renderOptions();
  await click(within(rows()[1] as HTMLElement).getByRole('button', { name: 'Edit' }));
  const items = within(screen.getByTestId('phrase-list')).getAllByRole('listitem');
  expect(items.map((li) => li.dataset.testid)).toEqual(['phrase', 'phrase-editing']);
  const form = within(items[1] as HTMLElement).getByRole('form', { name: 'Edit phrase' });
  expect(screen.getAllByRole('form')).toEqual([form]);
  fireEvent.change(within(form).getByLabelText('Text'), {
    target: { value: 'Thanks, {{customer.firstName}}.' },
  });
  await click(within(form).getByRole('button', { name: 'Save phrase' }));
  expect(playbook.stored()).toEqual([
    expect.objectContaining({ id: 'd-ack-name', text: 'Thanks, {{customer.firstName}}.', source: 'default' }),
  ]);
  expect(screen.queryByRole('form')).toBeNull();
  expect(rows()[1]?.dataset.source).toBe('edited');
  await click(within(rows()[1] as HTMLElement).getByRole('button', { name: 'Restore built-in' }));
  expect(playbook.stored()).toEqual([]);
});

test('Add a phrase: no error before typing; an empty save says why; the new phrase joins its kind', async () => {
  const { playbook } = await renderOptions();
  await click(kind(/^Clarify/));
  await click(screen.getByRole('button', { name: 'Add a phrase' }));
  const form = screen.getByRole('form', { name: 'New phrase' });
  expect(within(form).queryByRole('alert')).toBeNull();
  expect(within(form).getByLabelText('Text').getAttribute('aria-invalid')).toBe('false');
  expect((within(form).getByLabelText('Kind') as HTMLSelectElement).value).toBe('clarify');

  await click(within(form).getByRole('button', { name: 'Add phrase' }));
  expect(within(form).getByRole('alert').textContent).toBe('Write the phrase text.');
  expect(playbook.stored()).toEqual([]);

  fireEvent.change(within(form).getByLabelText('Text'), { target: { value: 'Which browser do you use?' } });
  expect(within(form).queryByRole('alert')).toBeNull();
  await click(within(form).getByRole('button', { name: 'Add phrase' }));
  expect(playbook.stored().map((p) => [p.kind, p.text, p.source])).toEqual([
    ['clarify', 'Which browser do you use?', 'agent'],
  ]);
  expect(texts()).toContain('Which browser do you use?');
  expect(kind(/^Clarify/).textContent).toBe('Clarify 2');
});

test("the schema's reasons for refusing a phrase are shown in its form", async () => {
  await renderOptions(fakePlaybook({ refuse: ['text: unbalanced braces'] }));
  await click(screen.getByRole('button', { name: 'Add a phrase' }));
  fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Hi {{name' } });
  await click(screen.getByRole('button', { name: 'Add phrase' }));
  expect(screen.getByRole('form', { name: 'New phrase' }).textContent).toContain('text: unbalanced braces');
});

test('a failed save is reported and the list is unchanged', async () => {
  await renderOptions(fakePlaybook({ failWrite: true }));
  const row = rows()[0] as HTMLElement;
  await click(within(row).getByRole('checkbox', { name: 'In use' }));
  expect(screen.getByRole('alert').textContent).toContain('the previous ones are kept');
  expect((within(row).getByRole('checkbox', { name: 'In use' }) as HTMLInputElement).checked).toBe(true);
});

test('the team playbook is shown read-only; without one the Team chip says so', async () => {
  const team = [phrase({ id: 't1', kind: 'refer', text: 'A specialist will reply within 4 hours.' })];
  await renderOptions(fakePlaybook({ team }));
  await click(kind(/^Refer/));
  const row = rows()[0] as HTMLElement;
  expect(row.dataset.source).toBe('team');
  expect(within(row).queryByRole('button')).toBeNull();
  expect(within(row).queryByRole('checkbox')).toBeNull();
  cleanup();
  await renderOptions();
  await click(screen.getByRole('radio', { name: 'Team' }));
  expect(screen.getByText('No team playbook is set for this browser.')).toBeTruthy();
});

test('a phrase that makes an offer says so, and whether Settings allow it', async () => {
  const refund = phrase({ id: 'd-refund', kind: 'solve', text: 'I can refund this today.', offer: 'refund' });
  const playbook = fakePlaybook();
  const withRefund = { ...playbook, defaults: [...playbook.defaults, refund] };
  await renderOptions(withRefund);
  await click(kind(/^Solve/));
  expect(screen.getByTestId('phrase-offer').textContent).toBe('Offers a refund (not allowed in Settings)');
  await click(screen.getByLabelText('A refund'));
  expect(screen.getByTestId('phrase-offer').textContent).toBe('Offers a refund');
});
