/**
 * The service worker: a thin router from messages and browser events into lib/background (conventions C1, C7).
 * It keeps no state of its own beyond caches: per-tab state lives in storage.session.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createController } from '../../lib/background/controller';
import { invalidatePlaybook, loadPlaybook } from '../../lib/background/playbook-source';
import { originPattern } from '../../lib/background/site-origins';
import { onMessage, sendMessage } from '../../lib/messaging/protocol';
import { contentTabId, isOwnPage } from '../../lib/messaging/sender';
import { readHistory } from '../../lib/storage/history';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { loadTabSession, removeTabSession, updateTabSession } from '../../lib/storage/tab-sessions';
import {
  dropRevokedSites,
  injectIfAbsent,
  registerSite,
  reinjectOpenTabs,
  unregisterSite,
} from './scripting';

export default defineBackground(() => {
  const id = browser.runtime.id;
  const controller = createController({
    settings: async () => (await readSettings()).settings,
    saveSettings: updateSettings,
    playbook: loadPlaybook,
    loadSession: loadTabSession,
    updateSession: updateTabSession,
    insertInTab: (tabId, text, mode) => sendMessage('insertReply', { text, mode }, tabId),
    stopInTab: (tabId) => sendMessage('stopContent', undefined, tabId),
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
  });

  // content → background: only from our own content scripts, which always come with a tab, and only from a site
  // Poise may still read. A refusal makes the content script stop itself (its failed sends abort it), so a site whose
  // access the agent withdrew goes quiet at its next change without a page reload.
  const fromTab = async (sender: chrome.runtime.MessageSender): Promise<number | null> => {
    const tabId = contentTabId(sender, id);
    if (tabId === null) return null;
    if (!(await controller.mayRead(sender.url))) throw new Error('Poise no longer has access to this site.');
    return tabId;
  };
  onMessage('getContentConfig', ({ data, sender }) =>
    contentTabId(sender, id) === null ? { enabled: false } : controller.contentConfig(data.url),
  );
  onMessage('reportPage', ({ data, sender }) =>
    withTab(fromTab(sender), (tabId) => controller.report(tabId, data)),
  );
  onMessage('syncTranscript', ({ data, sender }) =>
    withTab(fromTab(sender), (tabId) => controller.delta(tabId, data)),
  );
  onMessage('updateDraft', ({ data, sender }) =>
    withTab(fromTab(sender), (tabId) => controller.draft(tabId, data)),
  );

  // panel and popup → background: only from this extension's own pages.
  const fromPage = <T>(sender: chrome.runtime.MessageSender, run: () => T): T => {
    if (!isOwnPage(sender, id)) throw new Error('Poise ignores messages from outside its own pages.');
    return run();
  };
  onMessage('getPanelState', ({ data, sender }) => fromPage(sender, () => controller.panelState(data.tabId)));
  onMessage('insertIntoTab', ({ data, sender }) =>
    fromPage(sender, () => controller.insert(data.tabId, data.text, data.mode, data.phraseId)),
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
    void removeTabSession(tabId);
  });
  // Access withdrawn (chrome://extensions, or permissions.remove): no registration outlives its grant.
  browser.permissions.onRemoved.addListener(() => void dropRevokedSites());
  // The agent saved phrases in the options page, or a policy changed the team playbook: merge again when next asked.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') invalidatePlaybook('team');
    else if (area === 'local' && 'agentPhrases' in changes) invalidatePlaybook('agent');
  });
  // After an update or a reload, pick up helpdesk tabs that are already open without making the agent reload them.
  void reinjectOpenTabs();
  // Reviews expire after 30 days even if the agent never opens the panel again: reading prunes and writes back.
  void readHistory().catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => runCommand(command, tab?.id));

  function runCommand(command: string, tabId: number | undefined): void {
    if (tabId === undefined) return;
    // Opened at once: sidePanel.open() only counts as the shortcut's user gesture before anything is awaited.
    if (command === 'open-side-panel') void browser.sidePanel.open({ tabId });
    else if (command === 'insert-top-suggestion' || command === 'copy-top-suggestion')
      void controller.command(command, tabId);
  }
});

async function withTab(tabId: Promise<number | null>, run: (tabId: number) => Promise<void>): Promise<void> {
  const id = await tabId;
  if (id !== null) await run(id);
}
