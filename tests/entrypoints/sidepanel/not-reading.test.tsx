// @vitest-environment happy-dom
// While Poise has read no customer message, the panel shows no risk level, only why; never "Calm".
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import type { PanelState } from '../../../lib/messaging/panel-state';
import type { PageHealth } from '../../../lib/messaging/protocol';
import { readyState } from './fixtures';

afterEach(cleanup);

const FOUND: PageHealth = { conversation: true, messages: true, composer: true };
/** What the background sends for a page where nothing of the customer was read: the analyzer's empty start. */
const unread = (health: PageHealth | null): PanelState =>
  readyState({
    reading: false,
    health,
    risk: { score: 0, level: 'calm', trend: 'steady', history: [] },
    flags: [],
  });

async function renderPanel(state: PanelState) {
  const client = createFakeClient(state);
  render(<App client={client} tabId={state.tabId} clipboard={async () => {}} />);
  await act(async () => {});
  return client;
}

test.each([
  [{ conversation: false, messages: false, composer: false }, 'No conversation found on this page.'],
  [{ ...FOUND, messages: false }, 'The conversation’s messages were not found on this page.'],
  [{ ...FOUND, composer: false }, 'No customer message in this conversation yet.'],
  [FOUND, 'No customer message in this conversation yet.'],
  [null, 'The page has not said what it shows yet.'],
  [
    { ...FOUND, messages: false, matched: { closedShadowRoot: 'The chat is in a closed shadow root.' } },
    'The chat is in a closed shadow root.',
  ],
])('%# nothing read: no level, no "Calm", and the reason from health', async (health, reason) => {
  await renderPanel(unread(health));
  expect(screen.queryByTestId('risk-level')).toBeNull();
  expect(document.body.textContent).not.toMatch(/calm|no sign of escalation/i);
  expect(screen.getByTestId('risk-none').textContent).toBe('Not reading this chat yet');
  expect(screen.getByTestId('not-reading-reason').textContent).toBe(reason);
  const status = screen.getByTestId('panel-status');
  expect(status.textContent).toBe('Not reading this chat yet');
  expect(status.dataset.reading).toBe('false');
  // The section keeps its accessible name, so the panel's landmarks read the same in both states.
  expect(screen.getByRole('region', { name: 'Risk' })).toBe(screen.getByTestId('not-reading'));
});

test('the first customer message read brings the level, calm included', async () => {
  const client = await renderPanel(unread(FOUND));
  await act(async () => {
    client.push(
      readyState({
        reading: true,
        risk: { score: 3, level: 'calm', trend: 'steady', history: [{ key: 'm1', score: 3 }] },
      }),
    );
  });
  expect(screen.queryByTestId('not-reading')).toBeNull();
  expect(screen.getByTestId('risk-level').dataset.level).toBe('calm');
  expect(screen.getByText('No sign of escalation.')).toBeTruthy();
  expect(screen.getByTestId('panel-status').textContent).toBe('Reading this chat');
  expect(screen.getByTestId('panel-status').dataset.reading).toBe('true');
  // The live region was in the page all along, so the first level read is announced.
  expect(screen.getByText('Risk level Calm, score 3.').getAttribute('role')).toBe('status');
});

test('moving to a conversation not read yet announces no level', async () => {
  const client = await renderPanel(readyState());
  await act(async () => {
    client.push(unread(FOUND));
  });
  expect(screen.getByTestId('not-reading')).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/risk level/i);
});
