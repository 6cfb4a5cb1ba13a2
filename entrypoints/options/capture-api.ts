/**
 * What the options page's "Save a page's structure" needs from the browser, injected so the section is tested
 * without one. A tab's URL is visible without the `tabs` permission only where Poise has host access, i.e. exactly
 * the helpdesk tabs; of those, the ones whose content script answers can be captured.
 */
import { browser } from 'wxt/browser';
import type { PageCapture } from '../../lib/capture/serialize';
import { sendMessage } from '../../lib/messaging/protocol';

export interface HelpdeskTab {
  tabId: number;
  host: string;
  title: string;
}

export interface CaptureApi {
  /** Open tabs where Poise is running, to pick the page to capture. */
  tabs(): Promise<HelpdeskTab[]>;
  capture(tabId: number): Promise<PageCapture>;
  save(capture: PageCapture): void;
}

export function createCaptureApi(save: CaptureApi['save']): CaptureApi {
  return {
    async tabs() {
      const open = await browser.tabs.query({});
      const found = await Promise.all(
        open.map(async (tab): Promise<HelpdeskTab | null> => {
          if (tab.id === undefined || !tab.url?.startsWith('http')) return null;
          const alive = await sendMessage('pingContent', undefined, tab.id).then(
            () => true,
            () => false,
          );
          return alive ? { tabId: tab.id, host: new URL(tab.url).hostname, title: tab.title ?? '' } : null;
        }),
      );
      return found.filter((t) => t !== null);
    },
    capture: (tabId) => sendMessage('capturePage', undefined, tabId),
    save,
  };
}
