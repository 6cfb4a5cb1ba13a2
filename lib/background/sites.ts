/**
 * Which pages Poise runs on. Built-in helpdesks are covered by the manifest's content script; any other origin the
 * agent enables gets a content script registered at run time, under an optional host permission.
 */

/** Match patterns of the built-in content script (also the manifest's host permissions). */
export const BUILT_IN_MATCHES = ['*://*.zendesk.com/*', '*://app.intercom.com/*'];

/** The content script file WXT emits, for run-time registration and re-injection after an update. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

const SCRIPT_ID_PREFIX = 'poise-site:';
/** Id of the run-time registration for one enabled origin. */
export const dynamicScriptId = (origin: string) => `${SCRIPT_ID_PREFIX}${origin}`;
/** The origin a run-time registration is for, or null for an id that is not one of ours. */
export const originFromScriptId = (id: string): string | null =>
  id.startsWith(SCRIPT_ID_PREFIX) ? originOf(id.slice(SCRIPT_ID_PREFIX.length)) : null;

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** True for the helpdesks Poise knows without being asked: Zendesk and Intercom. */
export function isBuiltInOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host.endsWith('.zendesk.com') || host === 'app.intercom.com';
}

/** The host-permission pattern for one origin (ports are not part of match patterns). */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
