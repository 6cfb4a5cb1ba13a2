// The keyboard shortcut never inserts words the customer chose (issue 12, item 4): it skips to a suggestion with none.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundDeps, createController } from '../../../lib/background/controller';
import { DEFAULT_PLAYBOOK, type Phrase, STAGES } from '../../../lib/playbook';
import { readSettings, updateSettings } from '../../../lib/storage/settings';
import { createTabSessionStore } from '../../../lib/storage/tab-session-store';

const TAB = 3;
const PAGE = 'https://acme.zendesk.com/agent/tickets/1';
const base = DEFAULT_PLAYBOOK.find((p) => p.kind === 'acknowledge') as Phrase;
const phrase = (id: string, text: string): Phrase => ({ ...base, id, text, stages: [...STAGES], tags: [] });
const PLAYBOOK = [
  phrase('t-order', 'I hear you about order {{order.id}}, and I am on it.'),
  phrase('t-plain', 'I hear you, and I am on it.'),
];

let deps: BackgroundDeps;
beforeEach(() => {
  fakeBrowser.reset();
  const sessions = createTabSessionStore();
  deps = {
    settings: async () => (await readSettings()).settings,
    saveSettings: updateSettings,
    playbook: async () => PLAYBOOK,
    loadSession: sessions.load,
    updateSession: sessions.update,
    insertInTab: vi.fn(async () => ({ ok: true, strategy: 'paste' })),
    stopInTab: vi.fn(async () => undefined),
    tabsOfOrigin: vi.fn(async () => []),
    broadcast: () => undefined,
    setBadge: vi.fn(),
    tabUrl: async () => PAGE,
    hasHostPermission: vi.fn(async () => false),
    registerSite: vi.fn(async () => undefined),
    unregisterSite: vi.fn(async () => undefined),
    injectInTab: vi.fn(async () => undefined),
    copyInTab: vi.fn(async () => undefined),
  };
});

test('insert-top-suggestion and copy-top-suggestion skip suggestions with values from the customer', async () => {
  const c = createController(deps);
  const health = { conversation: true, messages: true, composer: true };
  await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: '1', health, customerName: 'Maria' });
  await c.delta(TAB, PAGE, {
    conversationKey: '1',
    reset: true,
    upserts: [{ key: 'm1', role: 'customer', text: 'My order 88213 is late and I am upset about it' }],
  });
  const shown = (await c.panelState(TAB)).suggestions.map((s) => s.phraseId);
  expect(shown[0]).toBe('t-order');
  // Copy first: an inserted phrase is not offered again.
  await c.command('copy-top-suggestion', TAB);
  expect(deps.copyInTab).toHaveBeenCalledWith(TAB, 'I hear you, and I am on it.');
  await c.command('insert-top-suggestion', TAB);
  expect(deps.insertInTab).toHaveBeenCalledWith(TAB, 'I hear you, and I am on it.', 'caret');
});
