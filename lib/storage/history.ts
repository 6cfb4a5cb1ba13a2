/**
 * Post-chat reviews, kept in `local:` storage for at most 30 days (design.md, Storage; guidance.md, "learn").
 * Only scores, the peak level and which playbook phrases the agent inserted (id and unfilled template) are kept: no
 * customer text, and no filled reply, which could quote the customer (lib/ui/review.ts).
 * Entries older than 30 days are dropped on every read and write.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { RISK_LEVELS } from '../analyzer/types';

export const HISTORY_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** A cap so a busy month cannot grow the item without bound. */
const HISTORY_MAX_ENTRIES = 300;

const ReviewEntrySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  savedAt: v.number(),
  siteId: v.nullable(v.pipe(v.string(), v.maxLength(60))),
  peak: v.picklist(RISK_LEVELS),
  scores: v.pipe(v.array(v.number()), v.maxLength(2000)),
  outcomes: v.pipe(
    v.array(
      v.object({
        phraseId: v.pipe(v.string(), v.maxLength(200)),
        template: v.pipe(v.string(), v.maxLength(2000)),
        before: v.number(),
        after: v.number(),
        fell: v.boolean(),
      }),
    ),
    v.maxLength(200),
  ),
});
export type ReviewEntry = v.InferOutput<typeof ReviewEntrySchema>;

export const historyItem = storage.defineItem<unknown[]>('local:history', {
  fallback: [],
  version: 2,
  migrations: { 2: (old: unknown) => forgetFilledText(old) },
});

/**
 * Version 1 kept each inserted reply's filled text, which could quote the customer for 30 days. Version 2 keeps
 * the outcome and forgets the text; which phrase it was is not known any more.
 */
export function forgetFilledText(old: unknown): unknown[] {
  if (!Array.isArray(old)) return [];
  return old.map((entry) => {
    if (!entry || typeof entry !== 'object' || !Array.isArray((entry as { outcomes?: unknown }).outcomes))
      return entry;
    const outcomes = (entry as { outcomes: Record<string, unknown>[] }).outcomes.map(
      ({ text: _forgotten, ...rest }) => ({ phraseId: 'unknown', template: '', ...rest }),
    );
    return { ...entry, outcomes };
  });
}

/** Keep valid entries younger than 30 days, newest first, at most HISTORY_MAX_ENTRIES. */
export function pruneHistory(raw: unknown, now: number): ReviewEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: ReviewEntry[] = [];
  for (const item of raw) {
    const parsed = v.safeParse(ReviewEntrySchema, item);
    if (!parsed.success) continue;
    const age = now - parsed.output.savedAt;
    if (age >= 0 && age <= HISTORY_MAX_AGE_MS) entries.push(parsed.output);
  }
  return entries.sort((a, b) => b.savedAt - a.savedAt).slice(0, HISTORY_MAX_ENTRIES);
}

/** Read the reviews, dropping expired or damaged ones (and writing the pruned list back when anything went). */
export async function readHistory(now = Date.now()): Promise<ReviewEntry[]> {
  const raw = await historyItem.getValue();
  const entries = pruneHistory(raw, now);
  if (!Array.isArray(raw) || entries.length !== raw.length) await historyItem.setValue(entries);
  return entries;
}

/** Save or replace (by id) one review; returns the pruned list as stored. */
export async function saveReview(entry: ReviewEntry, now = Date.now()): Promise<ReviewEntry[]> {
  const current = pruneHistory(await historyItem.getValue(), now).filter((e) => e.id !== entry.id);
  const next = pruneHistory([entry, ...current], now);
  await historyItem.setValue(next);
  return next;
}

/** Delete every saved review. */
export async function deleteAllHistory(): Promise<void> {
  await historyItem.setValue([]);
}
