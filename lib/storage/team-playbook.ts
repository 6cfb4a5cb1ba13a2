/**
 * The team playbook an administrator pushes through the browser's managed storage (public/managed-schema.json,
 * key `teamPlaybook`): read-only for the agent. Each phrase is validated like the agent's own, so one bad phrase is
 * left out and reported while the rest still load. Browsers without a policy simply have no team playbook.
 */
import type * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { type ReadPhrases, repairPhrases } from './playbook-store';

/** The managed-storage key, as named in public/managed-schema.json. */
const TEAM_PLAYBOOK_KEY = 'teamPlaybook';

/** Read and validate the team's phrases; never throws. */
export async function readTeamPhrases<P extends { id: string }>(
  schema: v.GenericSchema<unknown, P>,
): Promise<ReadPhrases<P>> {
  try {
    const raw = await storage.getItem<unknown>(`managed:${TEAM_PLAYBOOK_KEY}`);
    if (raw == null) return { phrases: [], problems: [] };
    // The schema says an array; an exported playbook file ({version, phrases}) pasted into a policy works too.
    const phrases = Array.isArray(raw) ? raw : (raw as { phrases?: unknown }).phrases;
    const read = repairPhrases(schema, { phrases });
    return { phrases: read.phrases, problems: read.problems.map((p) => `team ${p}`) };
  } catch {
    // No managed storage on this browser (or no policy): no team playbook.
    return { phrases: [], problems: [] };
  }
}
