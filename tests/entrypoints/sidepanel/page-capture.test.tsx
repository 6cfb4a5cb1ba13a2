// @vitest-environment happy-dom
// When the page's health finds parts missing, the panel offers "Save this page's structure": it asks the
// tab's content script for the scrubbed capture and saves it as a local file; failures are said, not swallowed.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import type { PageCapture } from '../../../lib/capture/serialize';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import type { PanelState } from '../../../lib/messaging/panel-state';
import { readyState } from './fixtures';

afterEach(cleanup);

const NOTHING = { conversation: false, messages: false, composer: false };

async function renderPanel(state: PanelState) {
  const client = createFakeClient(state);
  const saved: PageCapture[] = [];
  render(
    <App client={client} tabId={state.tabId} clipboard={async () => {}} saveFile={(c) => saved.push(c)} />,
  );
  await act(async () => {});
  return { client, saved };
}

const saveButton = () => screen.queryByRole('button', { name: 'Save this page’s structure' });

test('parts missing: the capture is asked of the bound tab and saved as a file', async () => {
  const { client, saved } = await renderPanel(readyState({ reading: false, health: NOTHING }));
  client.capture = {
    html: '<!DOCTYPE html><html></html>',
    fileName: 'poise-page-structure-acme.zendesk.com.html',
  };
  const button = saveButton();
  expect(button).not.toBeNull();
  await act(async () => {
    fireEvent.click(button as HTMLElement);
  });
  expect(client.calls.capture).toEqual([7]);
  expect(saved).toEqual([client.capture]);
  expect(within(screen.getByTestId('page-capture')).getByRole('status').textContent).toBe(
    'Saved as poise-page-structure-acme.zendesk.com.html.',
  );
  expect(screen.getByTestId('page-capture').dataset.status).toBe('saved');
});

test('only the reply box missing is a missing part too: the capture is offered', async () => {
  await renderPanel(readyState({ health: { conversation: true, messages: true, composer: false } }));
  expect(saveButton()).not.toBeNull();
});

test('everything found, or no Poise on the tab: no capture offered', async () => {
  await renderPanel(readyState());
  expect(saveButton()).toBeNull();
  cleanup();
  await renderPanel(readyState({ status: 'no-content', health: null }));
  expect(saveButton()).toBeNull();
});

test('the tab cannot answer: the panel says so and saves nothing', async () => {
  const { client, saved } = await renderPanel(readyState({ reading: false, health: NOTHING }));
  client.capture = new Error('Could not establish connection. Receiving end does not exist.');
  await act(async () => {
    fireEvent.click(saveButton() as HTMLElement);
  });
  expect(saved).toEqual([]);
  expect(
    screen.getByText(/^The page could not be saved \(Error: Could not establish connection/),
  ).toBeTruthy();
});
