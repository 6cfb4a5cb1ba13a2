/**
 * Origins, permissions and run-time content-script registrations for the helpdesks the agent enables beyond the
 * built-in ones (those are listed once, in lib/sites/built-in-hosts.ts).
 */

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
