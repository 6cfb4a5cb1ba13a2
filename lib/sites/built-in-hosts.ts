/**
 * The helpdesks Poise runs on without being asked: the one list behind the manifest's host permissions
 * (wxt.config.ts), the content script's matches (entrypoints/content/index.ts), the background's origin checks and the
 * adapters' URL tests. tests/lib/sites/built-in-hosts.test.ts and tests/e2e/manifest.e2e.test.ts hold them together.
 *
 * Least privilege: https only, and only the agent workspace paths, never a Help Center (`/hc/…`) or a marketing page
 * on the same host. Zendesk's Agent Workspace lives under `/agent/`; Intercom's teammate app under `/a/` on one host
 * per data region (US, EU, AU: developers.intercom.com "regional hosting"), and the inbox is reached by SPA
 * navigation from anywhere in it, so the whole `/a/` app is covered, not just `/a/inbox/`.
 */

export type BuiltInSiteId = 'zendesk' | 'intercom';

interface BuiltInSite {
  /** Host patterns as match patterns write them: `*.` means any subdomain (never the bare domain). */
  hosts: readonly string[];
  /** Path prefix of the agent workspace, ending in `/`. */
  path: string;
}

export const BUILT_IN_SITES: Readonly<Record<BuiltInSiteId, BuiltInSite>> = {
  zendesk: { hosts: ['*.zendesk.com'], path: '/agent/' },
  intercom: { hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'], path: '/a/' },
};

const sites = Object.entries(BUILT_IN_SITES) as [BuiltInSiteId, BuiltInSite][];

/** Match patterns of the built-in content script, which are also the manifest's host permissions. */
export const BUILT_IN_MATCHES: readonly string[] = sites.flatMap(([, site]) =>
  site.hosts.map((host) => `https://${host}${site.path}*`),
);

function hostMatches(pattern: string, hostname: string): boolean {
  if (!pattern.startsWith('*.')) return hostname === pattern;
  const domain = pattern.slice(1); // ".zendesk.com"
  // `www.` is the vendor's own site, not a customer's workspace.
  return hostname.endsWith(domain) && hostname.length > domain.length && !hostname.startsWith('www.');
}

/** Which built-in helpdesk serves this host (any path), or null. */
export function builtInSiteOfHost(hostname: string): BuiltInSiteId | null {
  for (const [id, site] of sites) if (site.hosts.some((h) => hostMatches(h, hostname))) return id;
  return null;
}

/** True when the URL is a built-in helpdesk's agent workspace (optionally: that helpdesk's). */
export function isBuiltInUrl(url: URL, only?: BuiltInSiteId): boolean {
  if (url.protocol !== 'https:') return false;
  const id = builtInSiteOfHost(url.hostname);
  if (!id || (only && id !== only)) return false;
  const { path } = BUILT_IN_SITES[id];
  return url.pathname.startsWith(path) || url.pathname === path.slice(0, -1);
}

/** True for an origin the built-in content script covers (its workspace paths, not necessarily every page). */
export function isBuiltInOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' && builtInSiteOfHost(url.hostname) !== null;
  } catch {
    return false;
  }
}
