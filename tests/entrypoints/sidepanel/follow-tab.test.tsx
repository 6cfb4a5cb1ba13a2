// @vitest-environment happy-dom
// The panel follows the active tab of its own window; ?tabId=N binds it to one tab instead.
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixedTabId, useFollowActiveTab } from '../../../entrypoints/sidepanel/follow-tab';
import type { SidepanelStore } from '../../../entrypoints/sidepanel/store';

let bound: (number | null)[];
let refreshed: number;
let store: SidepanelStore;

beforeEach(() => {
  fakeBrowser.reset();
  bound = [];
  refreshed = 0;
  const state = {
    tabId: null as number | null,
    bind: vi.fn(async (id: number | null) => {
      state.tabId = id;
      bound.push(id);
    }),
    refresh: vi.fn(async () => {
      refreshed++;
    }),
  };
  store = { getState: () => state } as unknown as SidepanelStore;
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11, active: true, windowId: 1 }] as never);
});
afterEach(cleanup);

const settle = () => new Promise((r) => setTimeout(r, 0));

test('binds to the active tab, then follows tab switches in its own window only', async () => {
  renderHook(() => useFollowActiveTab(store, true));
  await settle();
  expect(bound).toEqual([11]);
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: 1 });
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: 2 }); // another window's panel follows that one
  expect(bound).toEqual([11, 12]);
});

test("a navigation in the bound tab refreshes the panel; other tabs' do not", async () => {
  renderHook(() => useFollowActiveTab(store, true));
  await settle();
  await fakeBrowser.tabs.onUpdated.trigger(
    11,
    { url: 'https://acme.zendesk.com/agent/tickets/2' },
    {} as never,
  );
  await fakeBrowser.tabs.onUpdated.trigger(30, { status: 'complete' }, {} as never);
  expect(refreshed).toBe(1);
});

test('bound to one tab (?tabId=N), it follows nothing, and stops listening when unmounted', async () => {
  const { unmount } = renderHook(() => useFollowActiveTab(store, false));
  await settle();
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: 1 });
  expect(bound).toEqual([]);
  unmount();
  const following = renderHook(() => useFollowActiveTab(store, true));
  await settle();
  following.unmount();
  await fakeBrowser.tabs.onActivated.trigger({ tabId: 13, windowId: 1 });
  expect(bound).toEqual([11]);
});

test.each([
  ['?tabId=42', 42],
  ['?tabId=', null],
  ['?tabId=4x2', null],
  ['', null],
])('fixedTabId(%j) is %j', (search, want) => {
  expect(fixedTabId(search)).toBe(want);
});
