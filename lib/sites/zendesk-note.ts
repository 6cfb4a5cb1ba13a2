/**
 * Zendesk's internal-note mode. The composer's channel switcher (`omnichannel-channel-switcher-button`) opens a menu
 * whose "Internal note" item is `omnichannel-channel-switcher-menuitem-internal`; the button then carries
 * `data-channel="internal"` (its aria-label reads "Internal note" in English). Selectors: zendesk.ts's table
 * (`channelSwitcher`, `internalNoteItem`).
 *
 * Evidence (search tool ids, third-party code, read not copied): a Cypress page object 25208516925 and a
 * holatuwol/liferay-zendesk-userscript file 29858456135 click the switcher, then the `-menuitem-internal` item; a KPI
 * tracker extension 65761105575 tells public reply from internal note by the switcher's `data-channel`/aria-label;
 * 53258223488 finds one switcher per ticket (`data-channel-switcher-trigger-for-ticket-id`).
 */
import { firstMatch } from './dom';
import { press, waitForMatch } from './note-switch';
import type { NoteMode, Sel } from './types';

export interface ZendeskNoteSelectors {
  channelSwitcher: Sel;
  internalNoteItem: Sel;
}

/** Note mode for the ticket the agent sees: `scope` finds that ticket's layout (zendesk.ts). */
export function zendeskNoteMode(
  sel: ZendeskNoteSelectors,
  scope: (doc: Document, url?: URL) => ParentNode | null,
): NoteMode {
  const switcher = (doc: Document, url?: URL) => {
    const where = scope(doc, url);
    return where ? (firstMatch<HTMLElement>(where, sel.channelSwitcher)?.el ?? null) : null;
  };
  const isNote = (doc: Document, url?: URL) => {
    const button = switcher(doc, url);
    if (!button) return false;
    return (
      button.getAttribute('data-channel') === 'internal' ||
      /\binternal\b/i.test(button.getAttribute('aria-label') ?? '')
    );
  };
  return {
    available: (doc, url) => switcher(doc, url) !== null,
    isNote,
    async switchToNote(doc, url) {
      if (isNote(doc, url)) return true;
      const button = switcher(doc, url);
      if (!button) return false;
      press(button);
      // The menu is rendered after the click, possibly outside the ticket's layout (a popover at the page's end).
      const item = await waitForMatch(doc, sel.internalNoteItem);
      if (!item) return false;
      press(item);
      return true;
    },
  };
}
