import { expect, test } from 'vitest';
import type { PanelState } from '../../../lib/messaging/panel-state';
import { markUsed, NO_CARDS, stableCards } from '../../../lib/ui/stable-list';
import { readyState, suggestion } from '../../entrypoints/sidepanel/fixtures';

const ids = (list: { cards: { phraseId: string; used?: boolean }[] }) =>
  list.cards.map((c) => (c.used ? `${c.phraseId}*` : c.phraseId));

/** The same conversation after a customer message with key `last` (history is the customer's turns). */
const after = (last: string, over: Partial<PanelState> = {}): PanelState =>
  readyState({
    risk: { ...readyState().risk, history: [{ key: last, score: 50 }] },
    ...over,
  });

test('no new customer message: cards keep their places, new ones are added at the end', () => {
  const first = stableCards(
    NO_CARDS,
    after('m2', {
      suggestions: [suggestion('a', 'acknowledge'), suggestion('b', 'refer'), suggestion('c', 'solve')],
    }),
  );
  expect(ids(first)).toEqual(['a', 'b', 'c']);
  // The agent sent a reply: the engine re-ranked and dropped one, but the customer has not written.
  const reranked = stableCards(
    first,
    after('m2', {
      suggestions: [suggestion('c', 'solve'), suggestion('d', 'empathize'), suggestion('a', 'acknowledge')],
    }),
  );
  expect(ids(reranked)).toEqual(['a', 'b', 'c', 'd']);
});

test('a card used here stays marked even when the background does not know it yet; the engine can mark it too', () => {
  const state = after('m2', { suggestions: [suggestion('a', 'acknowledge'), suggestion('b', 'refer')] });
  const used = markUsed(stableCards(NO_CARDS, state), 'a');
  expect(ids(used)).toEqual(['a*', 'b']);
  expect(ids(stableCards(used, state))).toEqual(['a*', 'b']);
  const fromBackground = after('m2', {
    suggestions: [suggestion('a', 'acknowledge'), suggestion('b', 'refer', { used: true })],
  });
  expect(ids(stableCards(used, fromBackground))).toEqual(['a*', 'b*']);
});

test('a new customer message (or another conversation) takes the engine list as it is, marks cleared', () => {
  const state = after('m2', { suggestions: [suggestion('a', 'acknowledge'), suggestion('b', 'refer')] });
  const used = markUsed(stableCards(NO_CARDS, state), 'a');
  const next = after('m3', { suggestions: [suggestion('b', 'refer'), suggestion('a', 'acknowledge')] });
  expect(ids(stableCards(used, next))).toEqual(['b', 'a']);
  const other = after('m2', { conversationKey: 'zendesk:2', suggestions: [suggestion('z', 'solve')] });
  expect(ids(stableCards(used, other))).toEqual(['z']);
});

test('nothing read yet: no cards, and no list to keep', () => {
  const list = stableCards(NO_CARDS, readyState({ reading: false, suggestions: [] }));
  expect(list).toEqual({ key: null, cards: [] });
});
