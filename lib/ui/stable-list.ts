/**
 * The suggestion list the agent is looking at stays put until the customer writes again. The background re-ranks on
 * every change (the agent's own message changes the moment too), but a card that moves under the agent's hand is
 * one they insert by mistake: between two customer messages, cards keep their places and only new ones are added.
 */
import type { PanelState } from '../messaging/panel-state';
import type { Suggestion } from '../suggest/types';

export interface StableCards {
  /** The conversation and its latest customer message the list was made for. */
  key: string | null;
  cards: Suggestion[];
}

export const NO_CARDS: StableCards = { key: null, cards: [] };

/** What a new list is made for: the conversation and its latest customer message (null: nothing read yet). */
export function cardsKey(panel: PanelState): string | null {
  if (panel.status !== 'ready' || !panel.reading) return null;
  const last = panel.risk.history.at(-1)?.key ?? '';
  return `${panel.conversationKey ?? ''}\n${last}`;
}

/**
 * The list to show for `panel`. A new customer message (or conversation) takes the engine's list as it is; any other
 * update keeps every card where it was (refreshed from the engine when it still offers it, marked used as either side
 * knows), and appends the cards it did not show before.
 */
export function stableCards(previous: StableCards, panel: PanelState): StableCards {
  const key = cardsKey(panel);
  const next = panel.status === 'ready' ? panel.suggestions : [];
  if (key === null || key !== previous.key) return { key, cards: [...next] };
  const fresh = new Map(next.map((s) => [s.phraseId, s]));
  const kept = previous.cards.map((old) => {
    const now = fresh.get(old.phraseId);
    if (!now) return old;
    return old.used && !now.used ? { ...now, used: true } : now;
  });
  const shown = new Set(previous.cards.map((s) => s.phraseId));
  return { key, cards: [...kept, ...next.filter((s) => !shown.has(s.phraseId))] };
}

/** The list with one card marked as inserted, in place. */
export function markUsed(list: StableCards, phraseId: string): StableCards {
  return {
    ...list,
    cards: list.cards.map((s) => (s.phraseId === phraseId && !s.used ? { ...s, used: true } : s)),
  };
}
