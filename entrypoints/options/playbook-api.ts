/**
 * What the options page needs from the playbook (lib/playbook) and from storage, as one injected interface, so the
 * editor is tested without a browser and stays independent of the phrase schema's exact fields.
 */
import type { SuggestionKind } from '../../lib/chat';
import type { SavePhrasesResult } from '../../lib/storage/playbook-store';

/** The fields the editor reads and writes; other fields of a phrase (signals, stages, tags) pass through untouched. */
export interface EditablePhrase {
  id: string;
  kind: SuggestionKind;
  text: string;
  tier?: 1 | 2 | 3 | undefined;
}

export type ImportResult<P> = { ok: true; phrases: P[] } | { ok: false; errors: string[] };

export interface PlaybookApi<P extends EditablePhrase = EditablePhrase> {
  /** The built-in phrases. */
  defaults: readonly P[];
  isEnabled(phrase: P): boolean;
  withEnabled(phrase: P, enabled: boolean): P;
  /** A phrase with this kind and text (and tier), keeping the other fields of `base` when editing one. */
  compose(fields: EditablePhrase, base?: P): P;
  readOwn(): Promise<{ phrases: P[]; problems: string[] }>;
  writeOwn(phrases: P[]): Promise<SavePhrasesResult<P>>;
  /** The team playbook from managed storage; empty on unmanaged browsers. */
  readTeam(): Promise<{ phrases: P[]; problems: string[] }>;
  parseImport(json: string): ImportResult<P>;
  /** The export file's text, in the format parseImport accepts. */
  serialize(phrases: P[]): string;
}
