// Run-time registration of the content script for helpdesks the agent enables, and re-injection after an update
// (entrypoints/background/scripting.ts), against WXT's fake browser with the scripting calls recorded.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dropRevokedSites,
  injectIfAbsent,
  registerSite,
  reinjectOpenTabs,
  unregisterSite,
} from '../../../entrypoints/background/scripting';
import { CONTENT_SCRIPT_FILE, dynamicScriptId } from '../../../lib/background/site-origins';
import { sendMessage } from '../../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../../lib/sites/built-in-hosts';
import { updateSettings } from '../../../lib/storage/settings';

// The ping to a tab's content script goes through the protocol; here it answers as the tab would.
vi.mock('../../../lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const ping = vi.mocked(sendMessage);

type Registered = { id: string; matches?: string[] };
let registered: Registered[];
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) =>
    registered.filter((r) => !filter?.ids || filter.ids.includes(r.id)),
  );
  scripting.registerContentScripts = vi.fn(async (scripts: Registered[]) => {
    registered.push(...scripts);
  });
  scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    registered = registered.filter((r) => !ids.includes(r.id));
  });
  scripting.executeScript = vi.fn(async () => []);
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) =>
    origins.every((o) => granted.has(o)),
  );
});

describe('content-script registration', () => {
  test('an enabled helpdesk gets one registration for exactly its origin, port included', async () => {
    await registerSite('http://helpdesk.local:8080');
    await registerSite('http://helpdesk.local:8080'); // idempotent
    expect(registered).toEqual([
      expect.objectContaining({
        id: dynamicScriptId('http://helpdesk.local:8080'),
        matches: ['http://helpdesk.local:8080/*'],
        js: [CONTENT_SCRIPT_FILE],
      }),
    ]);
    await unregisterSite('http://helpdesk.local:8080');
    expect(registered).toEqual([]);
  });

  test('a registration whose host permission was withdrawn is dropped; one still granted stays', async () => {
    await registerSite('https://kept.example');
    await registerSite('https://revoked.example');
    granted.add('https://kept.example/*');
    await dropRevokedSites();
    expect(registered.map((r) => r.id)).toEqual([dynamicScriptId('https://kept.example')]);
  });
});

describe('after an update', () => {
  test('open helpdesk tabs without a live content script get one; tabs that answer a ping are left alone', async () => {
    await updateSettings((s) => ({ ...s, sites: { 'https://help.example.org': true } }));
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' },
      { id: 2, url: 'https://help.example.org/inbox' },
    ] as never);
    ping.mockImplementation((async (_name: string, _data: unknown, tabId: number) => {
      if (tabId === 2) return { siteId: 'generic', conversationKey: null };
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    await reinjectOpenTabs();
    expect(query).toHaveBeenCalledWith({ url: [...BUILT_IN_MATCHES, 'https://help.example.org/*'] });
    expect(ping).toHaveBeenCalledWith('pingContent', undefined, 2);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 1 },
      files: [CONTENT_SCRIPT_FILE],
    });
  });

  test('a tab that cannot be scripted (an error page, a discarded tab) is skipped quietly', async () => {
    ping.mockRejectedValue(new Error('no receiver'));
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents'));
    await expect(injectIfAbsent(9)).resolves.toBeUndefined();
  });
});
