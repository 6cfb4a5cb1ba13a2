/**
 * The service worker: a thin router from messages and browser events into lib/background (conventions C1, C7).
 * It keeps no state of its own beyond caches: per-tab state lives in storage.session.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createController } from '../../lib/background/controller';
import { createPlaybookSource } from '../../lib/background/playbook-source';
import { openPanel, originPattern } from '../../lib/browser-surface';
import { onMessage, sendMessage } from '../../lib/messaging/protocol';
import { contentTabId, isOwnPage } from '../../lib/messaging/sender';
import { learnedKeys, recordDismissal } from '../../lib/storage/dismissal-learning';
import { readHistory } from '../../lib/storage/history';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { createTabSessionStore } from '../../lib/storage/tab-session-store';
import {
  dropRevokedSites,
  injectIfAbsent,
  registerSite,
  reinjectOpenTabs,
  unregisterSite,
} from './scripting';

export default defineBackground(() => {
  const id = browser.runtime.id;
  // Where this extension's pages live: chrome-extension://<id>/, or moz-extension://<per-install uuid>/ in Firefox.
  const pagesRoot = browser.runtime.getURL('/');
  const sessions = createTabSessionStore();
  const playbook = createPlaybookSource();
  const controller = createController({
    settings: async () => (await readSettings()).settings,
    saveSettings: updateSettings,
    playbook: playbook.load,
    loadSession: sessions.load,
    updateSession: sessions.update,
    insertInTab: (tabId, text, mode, target) => sendMessage('insertReply', { text, mode, target }, tabId),
    stopInTab: (tabId) => sendMessage('stopContent', undefined, tabId),
    tabsOfOrigin: async (origin) =>
      (await browser.tabs.query({ url: originPattern(origin) })).flatMap((t) =>
        t.id === undefined ? [] : [t.id],
      ),
    broadcast: (tabId, state) =>
      void sendMessage('panelStateChanged', { tabId, state }).catch(() => undefined),
    setBadge(tabId, text, color, title) {
      void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
      void browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
      void browser.action.setTitle({ tabId, title }).catch(() => undefined);
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    hasHostPermission: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    registerSite,
    unregisterSite,
    injectInTab: injectIfAbsent,
    copyInTab: async (tabId, text) => {
      await sendMessage('copyText', { text }, tabId);
    },
    learning: {
      learned: learnedKeys,
      record: (key, conversationKey, signal) => recordDismissal(key, conversationKey, signal),
      openTabs: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    },
  });

  // content → background: only from our own content scripts, which always come with a tab, judged by the page the
  // browser says sent it (never a URL the message carries). The controller answers `keepReading: false` for a site
  // switched off or whose access the agent withdrew, so that tab goes quiet at its next change without a reload.
  const NOT_OURS = { keepReading: false, reason: 'not a Poise content script' };
  const withTab = <T>(sender: chrome.runtime.MessageSender, run: (tabId: number) => Promise<T>) => {
    const tabId = contentTabId(sender, id);
    return tabId === null ? NOT_OURS : run(tabId);
  };
  onMessage('getContentConfig', ({ sender }) =>
    contentTabId(sender, id) === null ? { enabled: false } : controller.contentConfig(sender.url),
  );
  onMessage('reportPage', ({ data, sender }) =>
    withTab(sender, (tabId) => controller.report(tabId, sender.url, data)),
  );
  onMessage('syncTranscript', ({ data, sender }) =>
    withTab(sender, (tabId) => controller.delta(tabId, sender.url, data)),
  );
  onMessage('updateDraft', ({ data, sender }) =>
    withTab(sender, (tabId) => controller.draft(tabId, sender.url, data)),
  );

  // panel and popup → background: only from this extension's own pages.
  const fromPage = <T>(sender: chrome.runtime.MessageSender, run: () => T): T => {
    if (!isOwnPage(sender, id, pagesRoot))
      throw new Error('Poise ignores messages from outside its own pages.');
    return run();
  };
  onMessage('getPanelState', ({ data, sender }) => fromPage(sender, () => controller.panelState(data.tabId)));
  onMessage('insertIntoTab', ({ data, sender }) =>
    fromPage(sender, () =>
      controller.insert(
        data.tabId,
        data.text,
        data.mode,
        data.phraseId,
        data.target === 'note' ? 'note' : 'reply',
      ),
    ),
  );
  onMessage('dismissFlag', ({ data, sender }) =>
    fromPage(sender, () => controller.dismissFlag(data.tabId, data.rule)),
  );
  onMessage('getCaseSummary', ({ data, sender }) => fromPage(sender, () => controller.summary(data.tabId)));
  onMessage('getSiteStatus', ({ data, sender }) => fromPage(sender, () => controller.siteStatus(data.tabId)));
  onMessage('setSiteEnabled', ({ data, sender }) =>
    fromPage(sender, () => controller.setSiteEnabled(data.tabId, data.origin, data.enabled)),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    controller.forgetTab(tabId);
    void sessions.remove(tabId);
  });
  // Access withdrawn (chrome://extensions, or permissions.remove): no registration outlives its grant.
  browser.permissions.onRemoved.addListener(() => void dropRevokedSites());
  // The agent saved phrases in the options page, or a policy changed the team playbook: merge again when next asked.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') playbook.invalidate('team');
    else if (area === 'local' && 'agentPhrases' in changes) playbook.invalidate('agent');
    // Learned from the agent's dismissals, here or undone in the options page: every open conversation is re-read.
    if (area === 'local' && 'dismissalLearning' in changes) void controller.relearn().catch(() => undefined);
  });
  // After an update or a reload, pick up helpdesk tabs that are already open without making the agent reload them.
  void reinjectOpenTabs();
  // Reviews expire after 30 days even if the agent never opens the panel again: reading prunes and writes back.
  void readHistory().catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => runCommand(command, tab?.id));

  function runCommand(command: string, tabId: number | undefined): void {
    if (tabId === undefined) return;
    // Opened at once: the side panel (Firefox: the sidebar) only counts the shortcut as a user gesture before anything
    // is awaited.
    if (command === 'open-side-panel') void openPanel(tabId).catch(() => undefined);
    else if (command === 'insert-top-suggestion' || command === 'copy-top-suggestion')
      void controller.command(command, tabId);
  }
});
