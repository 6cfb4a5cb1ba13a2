// @vitest-environment happy-dom
// The options page saves a page's structure too: it lists the open tabs where Poise runs and saves the
// chosen one's scrubbed capture as a local file.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import type { CaptureApi, HelpdeskTab } from '../../../entrypoints/options/capture-api';
import type { PageCapture } from '../../../lib/capture/serialize';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings-schema';
import { fakePlaybook } from './fake-playbook';

afterEach(cleanup);

function fakeCapture(tabs: HelpdeskTab[]) {
  const saved: PageCapture[] = [];
  const asked: number[] = [];
  const api: CaptureApi = {
    tabs: async () => tabs,
    async capture(tabId) {
      asked.push(tabId);
      if (tabId === 404) throw new Error('Receiving end does not exist.');
      return { html: `<!DOCTYPE html><!-- ${tabId} -->`, fileName: `poise-page-structure-${tabId}.html` };
    },
    save: (c) => saved.push(c),
  };
  return { api, saved, asked };
}

async function renderOptions(capture: CaptureApi) {
  const settings = {
    read: async () => ({ settings: structuredClone(DEFAULT_SETTINGS), problems: [] }),
    update: async () => ({ ok: true as const, settings: structuredClone(DEFAULT_SETTINGS) }),
  };
  render(<App settings={settings} playbook={fakePlaybook()} capture={capture} />);
  await act(async () => {});
}

const click = (el: Element) =>
  act(async () => {
    fireEvent.click(el);
  });

test('finds the helpdesk tabs and saves the chosen one', async () => {
  const { api, saved, asked } = fakeCapture([
    { tabId: 3, host: 'acme.zendesk.com', title: 'Ticket 12' },
    { tabId: 5, host: 'app.intercom.com', title: 'Inbox' },
  ]);
  await renderOptions(api);
  const section = screen.getByRole('region', { name: 'Page structure for a bug report' });
  await click(within(section).getByRole('button', { name: 'Find open helpdesk tabs' }));
  expect(
    within(section)
      .getAllByTestId('capture-tab')
      .map((li) => li.textContent),
  ).toEqual([
    expect.stringContaining('Ticket 12 (acme.zendesk.com)'),
    expect.stringContaining('Inbox (app.intercom.com)'),
  ]);
  await click(within(section).getByRole('button', { name: 'Save this page’s structure: Inbox' }));
  expect(asked).toEqual([5]);
  expect(saved.map((c) => c.fileName)).toEqual(['poise-page-structure-5.html']);
  expect(within(section).getByText('Saved as poise-page-structure-5.html.')).toBeTruthy();
});

test('no tab where Poise runs, and a tab that cannot answer, are said', async () => {
  const none = fakeCapture([]);
  await renderOptions(none.api);
  await click(screen.getByRole('button', { name: 'Find open helpdesk tabs' }));
  expect(screen.getByText('No open tab where Poise is running.')).toBeTruthy();
  cleanup();

  const gone = fakeCapture([{ tabId: 404, host: 'acme.zendesk.com', title: '' }]);
  await renderOptions(gone.api);
  await click(screen.getByRole('button', { name: 'Find open helpdesk tabs' }));
  await click(screen.getByRole('button', { name: 'Save this page’s structure: acme.zendesk.com' }));
  expect(gone.saved).toEqual([]);
  expect(
    screen.getByText(/^The page could not be saved \(Error: Receiving end does not exist\.\)/),
  ).toBeTruthy();
});
