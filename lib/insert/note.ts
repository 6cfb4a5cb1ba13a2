/**
 * Insert into the helpdesk's internal note, never into the public reply: switch the reply box to note mode, check
 * that it is in note mode, and only then insert (into the reply box as it is after the switch, which may be a new
 * element). Anything short of a confirmed note refuses with a reason, so the panel can offer Copy instead.
 */
import type { InsertMode, InsertResult } from '../messaging/protocol';
import type { Composer, NoteMode } from '../sites/types';
import { insertText } from './index';

export interface NoteInsertDeps {
  doc: Document;
  url: URL;
  noteMode: NoteMode | undefined;
  /** The reply box now (looked up again after the switch). */
  composer(): Composer | null;
  insert?: typeof insertText;
  /** How long the page may take to show note mode after the switch. */
  timeoutMs?: number;
}

const NO_NOTE = 'This page has no internal-note mode Poise can switch to: use Copy and paste it into a note.';
const NOT_SWITCHED =
  'Poise could not switch the reply box to an internal note: nothing was inserted. Use Copy.';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function insertAsNote(
  text: string,
  mode: InsertMode,
  deps: NoteInsertDeps,
): Promise<InsertResult> {
  const { doc, url, noteMode } = deps;
  if (!noteMode?.available(doc, url)) return { ok: false, reason: NO_NOTE };
  if (!noteMode.isNote(doc, url)) {
    const asked = await Promise.resolve(noteMode.switchToNote(doc, url)).catch(() => false);
    if (!asked) return { ok: false, reason: NOT_SWITCHED };
    const timeout = deps.timeoutMs ?? 1000;
    for (let waited = 0; !noteMode.isNote(doc, url); waited += 20) {
      if (waited >= timeout) return { ok: false, reason: NOT_SWITCHED };
      await sleep(20);
    }
  }
  const composer = deps.composer();
  // Checked again right before inserting: the public reply must never receive the note.
  if (!composer || !noteMode.isNote(doc, url)) return { ok: false, reason: NOT_SWITCHED };
  return (deps.insert ?? insertText)(composer.el, text, { mode, kind: composer.kind });
}
