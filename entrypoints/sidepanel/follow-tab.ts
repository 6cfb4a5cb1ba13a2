/**
 * Keep the panel on the active tab of its window, unless it was opened for one tab (`?tabId=N`: pop-out, tests).
 * browser.* lives here, in the entrypoint, not in the store (conventions C1).
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { SidepanelStore } from './store';

/** The tab id from `?tabId=N`, or null to follow the active tab. */
export function fixedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export function useFollowActiveTab(store: SidepanelStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let windowId: number | undefined;
    let cancelled = false;
    void (async () => {
      const current = await browser.windows.getCurrent().catch(() => undefined);
      windowId = current?.id;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!cancelled) void store.getState().bind(tab?.id ?? null);
    })();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) void store.getState().bind(info.tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (tabId === store.getState().tabId && (change.url || change.status === 'complete'))
        void store.getState().refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [store, enabled]);
}
