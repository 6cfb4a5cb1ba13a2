// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { createOptionsStore } from '../../../entrypoints/options/store';
import { fakePlaybook } from './fake-playbook';
import { click, memoryLearning, memorySettings, renderOptions } from './render';

afterEach(cleanup);

test('links at the top lead to every section, the privacy statement among them', async () => {
  await renderOptions();
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(['Settings', 'Playbook', 'Learned', 'Privacy']);
  for (const a of links) {
    const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
    expect(target?.tagName, a.textContent ?? '').toBe('SECTION');
  }
  // The nav comes before the first section in the page.
  const privacy = screen.getByRole('heading', { name: 'Privacy' });
  expect(nav.compareDocumentPosition(privacy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('offers I may make: none by default, each box saves, with the line on when they are offered', async () => {
  const { settings } = await renderOptions();
  const group = screen.getByRole('group', { name: 'Offers I may make' });
  const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
  expect(boxes.map((b) => b.checked)).toEqual([false, false, false, false]);
  expect(group.textContent).toMatch(
    /only once the chat has reached solving the problem, and only the ones ticked/,
  );
  await click(within(group).getByLabelText('A refund'));
  await click(within(group).getByLabelText('A replacement'));
  expect(settings.stored().offers).toEqual(['replacement', 'refund']);
  await click(within(group).getByLabelText('A refund'));
  expect(settings.stored().offers).toEqual(['replacement']);
  expect((within(group).getByLabelText('A replacement') as HTMLInputElement).checked).toBe(true);
});

test('settings and phrases show while managed storage (the team playbook) has not answered', async () => {
  await renderOptions(fakePlaybook({ teamNeverAnswers: true }));
  expect(screen.getByRole('group', { name: 'Sensitivity' })).toBeTruthy();
  expect(screen.getAllByTestId('phrase').length).toBeGreaterThan(0);
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

test('learned from dismissals: how learning works when empty; a row appears live and Undo forgets it', async () => {
  const learning = memoryLearning();
  await renderOptions(fakePlaybook(), learning);
  const section = screen.getByRole('region', { name: 'Learned from your dismissals' });
  expect(section.textContent).toMatch(/same phrase in three different conversations/);
  expect(within(section).getByTestId('learned-empty')).toBeTruthy();

  const learnedAt = Date.UTC(2026, 10, 3, 14, 5);
  await act(async () => {
    learning.learn({ key: 'frus.ridiculous', label: '"ridiculous"', signal: 'frustration', learnedAt });
  });
  const row = within(section).getByTestId('learned');
  expect(row.textContent).toContain('"ridiculous"');
  expect(row.textContent).toContain('frustration');
  expect(row.querySelector('time')?.getAttribute('datetime')).toBe(new Date(learnedAt).toISOString());

  await click(within(row).getByRole('button', { name: /^Undo.*"ridiculous"/ }));
  expect(learning.list()).toEqual([]);
  expect(within(section).queryByTestId('learned')).toBeNull();
  expect(within(section).getByTestId('learned-empty')).toBeTruthy();
});

test('the store loads the learned list and stops following it when unwatched', async () => {
  const learning = memoryLearning([{ key: 'a', label: '"a"', signal: 'frustration', learnedAt: 1 }]);
  const store = createOptionsStore({ settings: memorySettings(), playbook: fakePlaybook(), learning });
  await store.getState().load();
  expect(store.getState().learned.map((l) => l.key)).toEqual(['a']);
  const unwatch = store.getState().watch();
  learning.learn({ key: 'b', label: '"b"', signal: 'abuse', learnedAt: 2 });
  expect(store.getState().learned.map((l) => l.key)).toEqual(['b', 'a']);
  unwatch();
  learning.learn({ key: 'c', label: '"c"', signal: 'abuse', learnedAt: 3 });
  expect(store.getState().learned.map((l) => l.key)).toEqual(['b', 'a']);
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
