// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import type { SiteStatus } from '../../../lib/messaging/protocol';
import type { WriteResult } from '../../../lib/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings-schema';

afterEach(cleanup);

function setup(site?: Partial<SiteStatus>, options: { grant?: boolean; failWrite?: boolean } = {}) {
  const client = createFakeClient();
  client.site = { ...client.site, ...site };
  const calls = { setSite: [] as [string, boolean][], permission: [] as string[], panel: [] as number[] };
  const setSiteEnabled = client.setSiteEnabled;
  client.setSiteEnabled = (tabId, origin, enabled) => {
    calls.setSite.push([origin, enabled]);
    return setSiteEnabled(tabId, origin, enabled);
  };
  let stored: Settings = structuredClone(DEFAULT_SETTINGS);
  const settings = {
    read: async () => ({ settings: stored, problems: ['sensitivity: invalid; using the default'] }),
    update: async (change: (s: Settings) => Settings): Promise<WriteResult> => {
      if (options.failWrite) return { ok: false, error: 'Your settings could not be saved (quota).' };
      stored = change(structuredClone(stored));
      return { ok: true, settings: stored };
    },
  };
  render(
    <App
      client={client}
      tabId={5}
      settings={settings}
      requestPermission={async (origin) => {
        calls.permission.push(origin);
        return options.grant ?? true;
      }}
      openSidePanel={async (tabId) => {
        calls.panel.push(tabId);
      }}
    />,
  );
  return { client, calls, stored: () => stored };
}

const settle = () => act(async () => {});

test('the site switch turns Poise off and on through the client', async () => {
  const { calls } = setup();
  await settle();
  const toggle = screen.getByRole('switch', { name: 'Poise on this site' }) as HTMLInputElement;
  expect(toggle.checked).toBe(true);
  await act(async () => {
    fireEvent.click(toggle);
  });
  expect(calls.setSite).toEqual([['https://demo.zendesk.com', false]]);
  expect(toggle.checked).toBe(false);
});

test('"Use Poise on this site" asks for access first, then enables it', async () => {
  const origin = 'https://help.example.com';
  const { calls } = setup({ origin, builtIn: false, permitted: false, enabled: false });
  await settle();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Use Poise on this site' }));
  });
  expect(calls.permission).toEqual([origin]);
  expect(calls.setSite).toEqual([[origin, true]]);
});

test('refused access changes nothing and says so', async () => {
  const { calls } = setup(
    { origin: 'https://x.example', builtIn: false, permitted: false },
    { grant: false },
  );
  await settle();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Use Poise on this site' }));
  });
  expect(calls.setSite).toEqual([]);
  expect(screen.getByRole('alert').textContent).toContain('needs access');
});

test('settings: sensitivity, kinds and name are saved; problems are shown', async () => {
  const { stored } = setup();
  await settle();
  expect(screen.getByText('sensitivity: invalid; using the default')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByLabelText('High: flag early signs too'));
  });
  expect(stored().sensitivity).toBe('high');
  await act(async () => {
    fireEvent.click(screen.getByLabelText('Set a boundary'));
  });
  expect(stored().kindsShown).not.toContain('boundary');
  const name = screen.getByLabelText('Your name in replies');
  fireEvent.change(name, { target: { value: '  Sam ' } });
  await act(async () => {
    fireEvent.blur(name);
  });
  expect(stored().agentName).toBe('Sam');
});

test('a failed write is reported', async () => {
  setup(undefined, { failWrite: true });
  await settle();
  await act(async () => {
    fireEvent.click(screen.getByLabelText('Low: only clear escalation'));
  });
  expect(screen.getByRole('alert').textContent).toContain('could not be saved');
});

test('open side panel for the tab; custom selectors for a granted site', async () => {
  const origin = 'https://help.example.com';
  const { calls, stored } = setup({ origin, builtIn: false, permitted: true, enabled: true });
  await settle();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
  });
  expect(calls.panel).toEqual([5]);
  fireEvent.change(screen.getByLabelText('Each chat message'), { target: { value: '.msg' } });
  fireEvent.change(screen.getByLabelText('Reply box'), { target: { value: 'textarea#reply' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save selectors' }));
  });
  expect(stored().customSelectors).toEqual({ [origin]: { message: '.msg', composer: 'textarea#reply' } });
  fireEvent.change(screen.getByLabelText('Reply box'), { target: { value: 'div[' } });
  expect((screen.getByRole('button', { name: 'Save selectors' }) as HTMLButtonElement).disabled).toBe(true);
});

test('a page Poise cannot run on offers no side panel to open', async () => {
  setup({ origin: null, builtIn: false, permitted: false, enabled: false });
  await settle();
  expect(screen.getByText('Poise cannot run on this page.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Open/ })).toBeNull();
});
