// The background controller's dependencies for tests: real storage items over WXT's fake browser (call
// fakeBrowser.reset() first), the default playbook, and recorded fakes for every tab and permission call.
import { vi } from 'vitest';
import type { BackgroundDeps } from '../../../lib/background/controller';
import { createPlaybookSource } from '../../../lib/background/playbook-source';
import { readSettings, updateSettings } from '../../../lib/storage/settings';
import { createTabSessionStore, type TabSessionStore } from '../../../lib/storage/tab-session-store';

export const PAGE = 'https://acme.zendesk.com/agent/tickets/1';

export function fakeDeps(overrides: Partial<BackgroundDeps> = {}): {
  deps: BackgroundDeps;
  sessions: TabSessionStore;
} {
  const sessions = createTabSessionStore();
  const deps: BackgroundDeps = {
    settings: async () => (await readSettings()).settings,
    saveSettings: updateSettings,
    playbook: createPlaybookSource().load,
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
    ...overrides,
  };
  return { deps, sessions };
}
