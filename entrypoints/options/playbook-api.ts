/**
 * What the options page needs from the playbook (lib/playbook) and from storage, as one injected interface typed on
 * the playbook's phrase schema, so the editor is tested without a browser.
 */
import type { PhraseFields } from '../../components/PhraseForm';
import type { Phrase } from '../../lib/playbook';
import type { SavePhrasesResult } from '../../lib/storage/playbook-store';

export type ComposeResult = { ok: true; phrase: Phrase } | { ok: false; errors: string[] };
export type ImportResult = { ok: true; phrases: Phrase[] } | { ok: false; errors: string[] };

export interface PlaybookApi {
  /** The built-in phrases. */
  defaults: readonly Phrase[];
  isEnabled(phrase: Phrase): boolean;
  withEnabled(phrase: Phrase, enabled: boolean): Phrase;
  /**
   * A phrase with these fields, keeping the other fields of `base` when editing one, checked against the phrase
   * schema: the reasons when it does not fit (an unbalanced placeholder, a hand-off with no time).
   */
  compose(fields: PhraseFields, base?: Phrase): ComposeResult;
  readOwn(): Promise<{ phrases: Phrase[]; problems: string[] }>;
  writeOwn(phrases: Phrase[]): Promise<SavePhrasesResult<Phrase>>;
  /** The team playbook from managed storage; empty on unmanaged browsers. */
  readTeam(): Promise<{ phrases: Phrase[]; problems: string[] }>;
  parseImport(json: string): ImportResult;
  /** The export file's text, in the format parseImport accepts. */
  exportPlaybook(phrases: Phrase[]): string;
}
