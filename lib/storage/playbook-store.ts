/**
 * The agent's own phrases in `local:` storage (design.md, Storage): additions, edits of default phrases (same id) and
 * disabled ones. Versioned; every item is validated on read with the playbook's phrase schema, so one damaged phrase
 * is dropped and reported while the rest still load. A failed write is reported and the previous phrases are kept.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export interface StoredPhrases {
  phrases: unknown[];
}

export const agentPhrasesItem = storage.defineItem<StoredPhrases>('local:agentPhrases', {
  fallback: { phrases: [] },
  version: 1,
});

export interface ReadPhrases<P> {
  phrases: P[];
  /** One line per phrase that was dropped, e.g. "phrase 3 (ack-7): text: Invalid length". */
  problems: string[];
}

export type SavePhrasesResult<P> = { ok: true; phrases: P[] } | { ok: false; error: string };

/** Validate stored phrases one by one: bad items are dropped and reported, never thrown; ids stay unique. */
export function repairPhrases<P extends { id: string }>(
  schema: v.GenericSchema<unknown, P>,
  raw: unknown,
): ReadPhrases<P> {
  const list =
    raw && typeof raw === 'object' && Array.isArray((raw as StoredPhrases).phrases)
      ? (raw as StoredPhrases).phrases
      : null;
  if (!list)
    return { phrases: [], problems: raw == null ? [] : ['your phrases: not a list, nothing loaded'] };
  const phrases: P[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const id =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : '?';
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
      problems.push(
        `phrase ${i + 1} (${id}): ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}; left out`,
      );
    } else if (seen.has(parsed.output.id)) {
      problems.push(`phrase ${i + 1} (${id}): duplicate id; left out`);
    } else {
      seen.add(parsed.output.id);
      phrases.push(parsed.output);
    }
  });
  return { phrases, problems };
}

/** Bind the store to the playbook's phrase schema. */
export function createPhraseStore<P extends { id: string }>(schema: v.GenericSchema<unknown, P>) {
  return {
    /** Read the agent's phrases; never throws. */
    async read(): Promise<ReadPhrases<P>> {
      try {
        return repairPhrases(schema, await agentPhrasesItem.getValue());
      } catch (error) {
        return { phrases: [], problems: [`your phrases could not be read: ${String(error)}`] };
      }
    },
    /** Save the full list; on failure the stored phrases are unchanged and the error says so. */
    async write(phrases: P[]): Promise<SavePhrasesResult<P>> {
      try {
        await agentPhrasesItem.setValue({ phrases });
        return { ok: true, phrases };
      } catch (error) {
        return {
          ok: false,
          error: `Your phrases could not be saved (${String(error)}); the previous ones are kept.`,
        };
      }
    },
  };
}

export type PhraseStore<P extends { id: string }> = ReturnType<typeof createPhraseStore<P>>;
