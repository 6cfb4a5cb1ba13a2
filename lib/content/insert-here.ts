/** Where the runner puts a text: the public reply box, or (`note`) only the reply box switched to an internal note. */
import { insertText } from '../insert/index';
import { insertAsNote } from '../insert/note';
import type { InsertMode, InsertResult, InsertTarget } from '../messaging/protocol';
import type { Composer, SiteAdapter } from '../sites/types';

export interface InsertPlace {
  doc: Document;
  url: URL;
  adapter: SiteAdapter;
  composer: Composer;
  /** Insertion, injectable for tests. */
  insert?: typeof insertText;
}

export function insertHere(
  place: InsertPlace,
  text: string,
  mode: InsertMode,
  target: InsertTarget,
): Promise<InsertResult> {
  const { doc, url, adapter } = place;
  if (target === 'note') {
    return insertAsNote(text, mode, {
      doc,
      url,
      noteMode: adapter.noteMode,
      composer: () => adapter.composer(doc, url),
      ...(place.insert ? { insert: place.insert } : {}),
    });
  }
  return (place.insert ?? insertText)(place.composer.el, text, { mode, kind: place.composer.kind });
}
