/**
 * The adapter registry (conventions C2): an explicit list, checked by tests/lib/sites/registry.test.ts.
 * Order matters only if two adapters ever match one URL (the meta-test forbids it); generic is the fallback.
 */
import type { CustomSelectors } from '../storage/settings-schema';
import { createGeneric, generic } from './generic';
import { intercom } from './intercom';
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { Composer, HealthMap, SiteAdapter } from './types';

export const registry: readonly SiteAdapter[] = [zendesk, intercom];

let customCache: { json: string; adapter: SiteAdapter } | null = null;

/** The generic adapter for these agent-given selectors (the same object while they do not change). */
function genericFor(custom: CustomSelectors | undefined): SiteAdapter {
  if (!custom || !(custom.message || custom.author || custom.composer)) return generic;
  const json = JSON.stringify(custom);
  if (customCache?.json !== json) customCache = { json, adapter: createGeneric(custom) };
  return customCache.adapter;
}

/**
 * The adapter for this page: a registered one whose URL matches and whose hooks are on the page, else the generic
 * adapter (with the agent's selectors when given). A matching site whose app has not rendered yet gets generic for
 * now; the runner picks again on every change, so the site adapter takes over once its hooks appear.
 */
export function pickAdapter(url: URL, doc: Document, custom?: CustomSelectors): SiteAdapter {
  const candidates = registry.filter((a) => a.matches(url));
  for (const adapter of candidates) {
    if (adapter.detect(doc)) return adapter;
  }
  const fallback = genericFor(custom);
  // A site URL whose hooks are absent and where nothing chat-like shows either: stay with the site adapter, so
  // the health report names the site ("no conversation found") instead of a vague generic miss.
  const site = candidates[0];
  return site && !fallback.detect(doc) ? site : fallback;
}
