// After a hostile chat in which the agent inserts suggestions (one filled with the customer's own
// words), ends the chat and gets a post-chat review, no word the customer wrote is in local or sync storage: the
// customer's words live only in session storage, which the browser clears. The background controller and the side
// panel store run for real over WXT's fake browser; only the helpdesk tab is simulated.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidepanelStore } from '../../entrypoints/sidepanel/store';
import { createController } from '../../lib/background/controller';
import { createPlaybookSource } from '../../lib/background/playbook-source';
import type { PoiseClient } from '../../lib/messaging/client';
import type { PanelState } from '../../lib/messaging/panel-state';
import { deleteAllHistory, readHistory, saveReview } from '../../lib/storage/history';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { createTabSessionStore } from '../../lib/storage/tab-session-store';

const TAB = 4;
const PAGE = 'https://acme.zendesk.com/agent/tickets/1';
/** Words no phrase, setting or default contains: if one is found outside session storage, the customer's text leaked. */
const CANARIES = ['Qwyxzor', 'Blinkvast', 'Zorptangle', 'Fribbleworth', 'Kvantex'];
const health = { conversation: true, messages: true, composer: true };

beforeEach(() => fakeBrowser.reset());

test("none of the customer's words outside session storage after a hostile chat", async () => {
  const listeners = new Set<(s: PanelState) => void>();
  const inserted: string[] = [];
  const controller = createController({
    settings: async () => (await readSettings()).settings,
    saveSettings: updateSettings,
    playbook: createPlaybookSource().load,
    ...(() => {
      const sessions = createTabSessionStore();
      return { loadSession: sessions.load, updateSession: sessions.update };
    })(),
    insertInTab: async (_tab, text) => {
      inserted.push(text);
      return { ok: true, strategy: 'test' };
    },
    stopInTab: async () => undefined,
    tabsOfOrigin: async () => [TAB],
    broadcast: (_tab, state) => {
      for (const l of listeners) l(state);
    },
    setBadge: () => undefined,
    tabUrl: async () => PAGE,
    hasHostPermission: async () => false,
    registerSite: async () => undefined,
    unregisterSite: async () => undefined,
    injectInTab: async () => undefined,
    copyInTab: async () => undefined,
  });
  const client: PoiseClient = {
    getPanelState: (tabId) => controller.panelState(tabId),
    onPanelState(_tabId, listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    insert: (tabId, text, mode, phraseId) => controller.insert(tabId, text, mode, phraseId),
    insertNote: (tabId, text) => controller.insert(tabId, text, 'caret', undefined, 'note'),
    dismissFlag: (tabId, rule) => controller.dismissFlag(tabId, rule),
    caseSummary: (tabId) => controller.summary(tabId),
    siteStatus: (tabId) => controller.siteStatus(tabId),
    setSiteEnabled: (tabId, origin, enabled) => controller.setSiteEnabled(tabId, origin, enabled),
    capturePage: async () => ({ html: '', fileName: 'x.html' }),
  };
  const panel = createSidepanelStore({
    client,
    tabId: TAB,
    history: { read: () => readHistory(), save: (e) => saveReview(e), clear: deleteAllHistory },
  });
  await vi.waitFor(() => expect(panel.getState().panel).not.toBeNull());

  const [name, product, error, place, pet] = CANARIES;
  await controller.report(TAB, PAGE, {
    siteId: 'zendesk',
    conversationKey: 'zendesk:acme:1',
    health,
    customerName: `${name} Smith`,
  });
  const said = [
    `Hi, I am ${name}. My ${product} order has not arrived and the app shows "error ${error}-42".`,
    `This is the THIRD time I ask!! I live in ${place}, my dog ${pet} is waiting, still nothing.`,
    `You are useless. I will sue you and post on Twitter about ${product}. ${name}@example.com`,
  ];
  for (const [i, text] of said.entries()) {
    await controller.delta(TAB, PAGE, {
      conversationKey: 'zendesk:acme:1',
      reset: i === 0,
      upserts: [{ key: `m${i}`, role: 'customer', text }],
    });
    // The agent inserts every suggestion offered, confirming any word the customer chose.
    for (const suggestion of panel.getState().panel?.suggestions ?? []) {
      for (const missing of suggestion.missing)
        panel.getState().setFill(suggestion.phraseId, missing, 'Alex');
      if (suggestion.fromCustomer.length > 0)
        panel.getState().confirmCustomerWords(suggestion.phraseId, true);
      await panel.getState().insertSuggestion(suggestion);
    }
  }
  await controller.draft(TAB, PAGE, {
    conversationKey: 'zendesk:acme:1',
    text: `Dear ${name}, about ${error}`,
  });
  // The chat ends: the tab moves to another ticket and the review of the first is saved.
  await controller.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: 'zendesk:acme:2', health });
  await vi.waitFor(async () => expect(await readHistory()).toHaveLength(1));

  const elsewhere = JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.sync.get(null),
  ]);
  for (const word of CANARIES) expect(elsewhere, word).not.toContain(word);
});
