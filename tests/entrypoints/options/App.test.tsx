// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { createOptionsStore, filterPhrases, optionsSelectors } from '../../../entrypoints/options/store';
import type { WriteResult } from '../../../lib/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings-schema';
import { fakePlaybook, type TestPhrase } from './fake-playbook';

afterEach(cleanup);

function memorySettings() {
  let stored: Settings = { ...structuredClone(DEFAULT_SETTINGS), sites: { 'https://old.example': false } };
  return {
    read: async () => ({ settings: stored, problems: [] }),
    update: async (change: (s: Settings) => Settings): Promise<WriteResult> => {
      stored = change(structuredClone(stored));
      return { ok: true, settings: stored };
    },
    stored: () => stored,
  };
}

async function renderOptions(playbook = fakePlaybook()) {
  const settings = memorySettings();
  render(<App settings={settings} playbook={playbook} />);
  await act(async () => {});
  return { settings, playbook };
}

const click = (el: Element) =>
  act(async () => {
    fireEvent.click(el);
  });

test('lists built-in phrases; search narrows the list', async () => {
  await renderOptions();
  expect(screen.getAllByTestId('phrase')).toHaveLength(2);
  fireEvent.change(screen.getByLabelText('Search phrases'), { target: { value: 'respectful' } });
  expect(screen.getAllByTestId('phrase').map((r) => r.dataset.source)).toEqual(['default']);
  expect(screen.getByText(/keep this respectful/)).toBeTruthy();
});

test('add a phrase, edit a built-in one, disable one, restore it', async () => {
  const { playbook } = await renderOptions();
  await click(screen.getByRole('button', { name: 'Add a phrase' }));
  fireEvent.change(screen.getByLabelText('Text'), {
    target: { value: 'Thanks for bearing with me, {{customer.firstName | there}}.' },
  });
  await click(screen.getByRole('button', { name: 'Add phrase' }));
  expect(playbook.stored().map((p) => [p.kind, p.text])).toEqual([
    ['acknowledge', 'Thanks for bearing with me, {{customer.firstName | there}}.'],
  ]);

  const ack = screen.getAllByTestId('phrase')[0] as HTMLElement;
  await click(within(ack).getByRole('button', { name: 'Edit' }));
  fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'I hear you.' } });
  await click(screen.getByRole('button', { name: 'Save phrase' }));
  const edited = playbook.stored().find((p) => p.id === 'd-ack');
  expect(edited).toMatchObject({ text: 'I hear you.', tags: ['core'] }); // other fields pass through

  const bound = screen.getAllByTestId('phrase')[1] as HTMLElement;
  await click(within(bound).getByRole('checkbox', { name: 'In use' }));
  expect(playbook.stored().find((p) => p.id === 'd-bound')?.enabled).toBe(false);

  const editedRow = screen.getAllByTestId('phrase')[0] as HTMLElement;
  expect(editedRow.dataset.source).toBe('edited');
  await click(within(editedRow).getByRole('button', { name: 'Restore built-in' }));
  expect(playbook.stored().some((p) => p.id === 'd-ack')).toBe(false);
});

test('an empty phrase cannot be saved', async () => {
  await renderOptions();
  await click(screen.getByRole('button', { name: 'Add a phrase' }));
  expect((screen.getByRole('button', { name: 'Add phrase' }) as HTMLButtonElement).disabled).toBe(true);
});

test('a valid import adds phrases; an invalid one shows the reasons and changes nothing', async () => {
  const playbook = fakePlaybook();
  const store = createOptionsStore({ settings: memorySettings(), playbook });
  await store.getState().load();
  await store
    .getState()
    .importJson(JSON.stringify([{ id: 'x', kind: 'close', text: 'Anything else I can do?' }]));
  expect(store.getState().message).toEqual({ ok: true, lines: ['Imported 1 phrase.'] });
  const before = playbook.stored();
  await store.getState().importJson('[{"id": 3}]');
  expect(store.getState().message).toEqual({
    ok: false,
    lines: ['Nothing was imported; your phrases are unchanged.', 'phrase 1: id and text are required'],
  });
  expect(playbook.stored()).toBe(before);
  expect(JSON.parse(store.getState().exportJson())).toEqual(before);
});

test('an invalid import file shows the reasons on the page', async () => {
  await renderOptions();
  const input = screen.getByLabelText('Import from a file…') as HTMLInputElement;
  const file = new File(['not json'], 'p.json', { type: 'application/json' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
    await new Promise((r) => setTimeout(r, 10));
  });
  expect(screen.getByRole('alert').textContent).toContain('not JSON');
});

test('a failed save is reported and the list is unchanged', async () => {
  await renderOptions(fakePlaybook({ failWrite: true }));
  const row = screen.getAllByTestId('phrase')[0] as HTMLElement;
  await click(within(row).getByRole('checkbox', { name: 'In use' }));
  expect(screen.getByRole('alert').textContent).toContain('the previous ones are kept');
  expect((within(row).getByRole('checkbox', { name: 'In use' }) as HTMLInputElement).checked).toBe(true);
});

test('the team playbook is shown read-only', async () => {
  const team: TestPhrase[] = [{ id: 't1', kind: 'refer', text: 'A specialist will reply within 4 hours.' }];
  await renderOptions(fakePlaybook({ team }));
  const rows = screen.getAllByTestId('phrase').filter((r) => r.dataset.source === 'team');
  expect(rows).toHaveLength(1);
  expect(within(rows[0] as HTMLElement).queryByRole('button')).toBeNull();
  expect(within(rows[0] as HTMLElement).queryByRole('checkbox')).toBeNull();
});

test('settings and the privacy statement', async () => {
  const { settings } = await renderOptions();
  await click(screen.getByLabelText('Replacing my draft'));
  expect(settings.stored().insertMode).toBe('replace');
  // Another helpdesk's page parts can be given here too, not only from the popup on that site.
  fireEvent.change(screen.getByLabelText('Each chat message'), { target: { value: '  .chat-line ' } });
  await click(screen.getByRole('button', { name: 'Save selectors' }));
  expect(settings.stored().customSelectors).toEqual({ 'https://old.example': { message: '.chat-line' } });
  await click(screen.getByRole('button', { name: 'Forget https://old.example' }));
  expect(settings.stored().sites).toEqual({});
  expect(screen.getByRole('heading', { name: 'Privacy' })).toBeTruthy();
  expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
  expect(screen.getByText(/at most 30 days/)).toBeTruthy();
});

test('selectors: rows apply edits over defaults and filter by every word', () => {
  const api = fakePlaybook();
  const rows = optionsSelectors.rows(
    {
      own: [
        { id: 'd-ack', kind: 'acknowledge', text: 'Edited' },
        { id: 'mine', kind: 'close', text: 'Bye' },
      ],
      query: '',
    },
    api,
  );
  expect(rows.map((r) => [r.phrase.id, r.source])).toEqual([
    ['d-ack', 'edited'],
    ['d-bound', 'default'],
    ['mine', 'own'],
  ]);
  expect(filterPhrases(api.defaults, 'HEAR frustrating', (p) => p).map((p) => p.id)).toEqual(['d-ack']);
  expect(filterPhrases(api.defaults, 'boundary', (p) => p).map((p) => p.id)).toEqual(['d-bound']);
});
