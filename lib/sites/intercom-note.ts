/**
 * Intercom's note mode: the composer's "Note" tab beside "Reply". The inbox of the Tag Enforcer userscript era marks
 * it `[data-intercom-target=note-tab]`, selected with `o__selected` (helpdesk-dom.md §1.2). No public source shows the
 * 2026 inbox's switch: the same target with an ARIA tab state is a guess. Selectors: intercom.ts's table (`noteTab`).
 */
import { deepFirstMatch } from './dom';
import { press } from './note-switch';
import type { NoteMode, Sel } from './types';

export interface IntercomNoteSelectors {
  noteTab: Sel;
}

export function intercomNoteMode(sel: IntercomNoteSelectors): NoteMode {
  const tab = (doc: Document) => deepFirstMatch<HTMLElement>(doc, sel.noteTab)?.el ?? null;
  return {
    available: (doc) => tab(doc) !== null,
    isNote(doc) {
      const t = tab(doc);
      return Boolean(
        t && (t.classList.contains('o__selected') || t.getAttribute('aria-selected') === 'true'),
      );
    },
    switchToNote(doc) {
      const t = tab(doc);
      if (!t) return false;
      press(t);
      return true;
    },
  };
}
