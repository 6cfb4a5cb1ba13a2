// @vitest-environment happy-dom
// When Zendesk hides older comments behind its show-more control, the content script's health says so
// (health.matched.earlierMessages, lib/sites/zendesk.ts) and the panel tells the agent that its reading is not the
// whole conversation, in the adapter's own words.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { sidepanelSelectors as sel } from '../../../entrypoints/sidepanel/selectors';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import { EARLIER_NOT_LOADED } from '../../../lib/sites/zendesk';
import { readyState } from './fixtures';

afterEach(cleanup);

const FOUND = { conversation: true, messages: true, composer: true };
const earlier = readyState({
  health: { ...FOUND, matched: { log: 'x', earlierMessages: EARLIER_NOT_LOADED } },
});

test('selector: a notice with the adapter’s sentence, only while health reports it', () => {
  expect(sel.notices({ panel: earlier })).toEqual([{ id: 'earlier-messages', text: EARLIER_NOT_LOADED }]);
  expect(sel.notices({ panel: readyState({ health: { ...FOUND, matched: { log: 'x' } } }) })).toEqual([]);
  expect(
    sel.notices({ panel: readyState({ health: { ...FOUND, matched: { earlierMessages: null } } }) }),
  ).toEqual([]);
});

test('panel: "Earlier messages not loaded" is shown, and goes once the page loaded them', async () => {
  const client = createFakeClient(earlier);
  render(<App client={client} tabId={earlier.tabId} clipboard={async () => {}} />);
  await act(async () => {});
  expect(screen.getByText(/^Earlier messages not loaded/)).toBeTruthy();
  await act(async () => {
    client.push(readyState({ health: { ...FOUND, matched: { log: 'x' } } }));
  });
  expect(screen.queryByText(/Earlier messages not loaded/)).toBeNull();
});
