/**
 * The suggestion list part of the side panel store: the cards as the agent sees them (in place between customer
 * messages, inserted ones marked "Used") and whether "More suggestions" is open.
 */
import type { PanelState } from '../../lib/messaging/panel-state';
import { markUsed, NO_CARDS, type StableCards, stableCards } from '../../lib/ui/stable-list';

export interface CardsSlice {
  list: StableCards;
  /** The agent opened "More suggestions"; closed again by the next customer message. */
  moreShown: boolean;
  /** The used card whose key was pressed again: it says how to repeat it (a note, not an error). */
  usedReminder: string | null;
  /** Take a new panel state's suggestions into the list (the store's `receive` calls it). */
  receiveCards(panel: PanelState): void;
  markCardUsed(phraseId: string): void;
  setMoreShown(shown: boolean): void;
  /** A number key pressed on a card already used: say how to repeat it, instead of sending it again. */
  remindUsed(phraseId: string): void;
}

/** The cards slice; `set`/`get` are the host store's. */
export function createCardsSlice(
  set: (partial: Partial<CardsSlice>) => void,
  get: () => CardsSlice,
): CardsSlice {
  return {
    list: NO_CARDS,
    moreShown: false,
    usedReminder: null,
    receiveCards(panel) {
      const previous = get().list;
      const list = stableCards(previous, panel);
      set(list.key === previous.key ? { list } : { list, moreShown: false, usedReminder: null });
    },
    markCardUsed: (phraseId) => set({ list: markUsed(get().list, phraseId), usedReminder: null }),
    setMoreShown: (moreShown) => set({ moreShown }),
    remindUsed: (usedReminder) => set({ usedReminder }),
  };
}
