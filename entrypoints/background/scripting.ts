/** Content-script registration for helpdesks the agent enables, and re-injection after an update. */
import { browser } from 'wxt/browser';
import {
  CONTENT_SCRIPT_FILE,
  dynamicScriptId,
  originFromScriptId,
  originOf,
} from '../../lib/background/site-origins';
import { originPattern } from '../../lib/browser-surface';
import { sendMessage } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES, isBuiltInOrigin } from '../../lib/sites/built-in-hosts';
import { readSettings } from '../../lib/storage/settings';

/** Register the content script for an origin the agent granted access to. Idempotent. */
export async function registerSite(origin: string): Promise<void> {
  const id = dynamicScriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [originPattern(origin)],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterSite(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [dynamicScriptId(origin)] }).catch(() => undefined);
}

/** Unregister every site whose host permission is gone; its running scripts stop at their next message. */
export async function dropRevokedSites(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  for (const { id } of scripts) {
    const origin = originFromScriptId(id);
    if (!origin) continue;
    const permitted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    if (!permitted) await unregisterSite(origin);
  }
}

/**
 * Inject the content script into helpdesk tabs that have none alive, so an update or a reload of the extension does
 * not leave the agent without Poise until they reload the page (the old script has stopped quietly). Runs at every
 * worker start: a tab whose content script still answers a ping is left alone, so nothing runs twice.
 */
export async function reinjectOpenTabs(): Promise<void> {
  const { settings } = await readSettings();
  const custom = Object.entries(settings.sites)
    .filter(([origin, on]) => on && !isBuiltInOrigin(origin))
    .map(([origin]) => originPattern(origin));
  const tabs = await browser.tabs.query({ url: [...BUILT_IN_MATCHES, ...custom] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined && originOf(tab.url)) await injectIfAbsent(tab.id);
  }
}

/** Start the content script in a tab unless one is alive there already (it answers a ping), so none runs twice. */
export async function injectIfAbsent(tabId: number): Promise<void> {
  const alive = await sendMessage('pingContent', undefined, tabId).catch(() => null);
  if (alive) return;
  await browser.scripting
    .executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] })
    .catch(() => undefined); // a tab we may not touch (discarded, error page): nothing to do
}
