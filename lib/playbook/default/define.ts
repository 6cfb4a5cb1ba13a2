/** A compact way to write the built-in phrases: each data file lists its kind once. */
import type { SuggestionKind } from '../../chat';
import type { Phrase, Stage } from '../schema';

export type Entry = Omit<Phrase, 'kind' | 'source' | 'stages' | 'signals' | 'tags'> &
  Partial<Pick<Phrase, 'stages' | 'signals' | 'tags'>>;

export const EARLY: Stage[] = ['opening', 'investigating'];
export const MIDDLE: Stage[] = ['investigating', 'resolving'];
export const ALL_STAGES: Stage[] = ['opening', 'investigating', 'resolving', 'closing'];

/** Built-in phrases of one kind; fields left out fit every moment. */
export function defaults(kind: SuggestionKind, entries: Entry[]): Phrase[] {
  return entries.map((e) => ({
    ...e,
    kind,
    source: 'default',
    signals: e.signals ?? 'any',
    stages: e.stages ?? ALL_STAGES,
    tags: e.tags ?? [],
  }));
}
