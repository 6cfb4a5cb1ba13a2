/**
 * The suggestion engine: given the analyzer's result, the transcript and the merged playbook, a few ready sentences
 * for this moment, one per kind in view and best kind first (guidance.md gives the method; kinds.ts the priorities).
 */
import type { ConversationRisk } from '../analyzer/types';
import { type ChatMessage, type OfferKind, SUGGESTION_KINDS, type SuggestionKind } from '../chat';
import { isPhraseEnabled } from '../playbook/merge';
import type { Phrase } from '../playbook/schema';
import { placeholderValues, type SuggestContext } from './context';
import { planKinds } from './kinds';
import { readMoment } from './moment';
import { rankKind } from './rank';
import type { Suggestion } from './types';

export { extractFacts, type Facts, factsIn, type KnownFacts } from './facts';
export { letThemFinish } from './listen';
export { PROBLEM_TYPES, type ProblemType, problemTypes } from './problem-type';
export { isNearCopy } from './similarity';
export { detectStage, isResolved } from './stage';
export type { CoachNote, CoachResult, Suggestion } from './types';
export type { SuggestContext };

export interface SuggestInput {
  risk: ConversationRisk;
  /** Every message in page order, all roles. */
  transcript: readonly ChatMessage[];
  /** The merged playbook; disabled phrases are skipped. */
  playbook: readonly Phrase[];
  context: SuggestContext;
  /** Kinds the agent wants to see; all when absent. */
  kindsShown?: readonly SuggestionKind[];
  /**
   * Offers that cost money or bend policy (replacement, credit, refund, exception) the agent's settings allow; none
   * when absent.
   */
  offers?: readonly OfferKind[];
  /** A key for this conversation, so wording varies between conversations and turns but not between renders. */
  seed?: string;
}

/** Cards the panel shows before "more": one per kind, the best kinds first (see suggest()). */
export const CARDS_IN_VIEW = 3;
/** Cards per kind: the one in view and an alternative wording behind "more". */
const PER_KIND = 2;
/** A wall of cards is not read under pressure: the whole list, "more" included, stays short. */
export const MAX_SUGGESTIONS = 8;

/**
 * Ranked suggestions for this moment of the conversation; empty until the customer has written.
 *
 * The order is a contract with the panel: the first CARDS_IN_VIEW cards are the best card of each of the best kinds
 * that fit now, one per kind, best kind first. After them come the rest, at most MAX_SUGGESTIONS in all: the
 * alternatives for those kinds, then the kinds after them, each kind's cards together and best first. When fewer
 * kinds than CARDS_IN_VIEW fit, their alternatives follow the heads directly. The panel shows the first CARDS_IN_VIEW and keeps the rest behind "more". Every card of a kind carries
 * the same `why`, so the panel can say it once per kind.
 */
export function suggest(input: SuggestInput): Suggestion[] {
  const { transcript, risk } = input;
  if (!transcript.some((m) => m.role === 'customer')) return [];
  const playbook = input.playbook.filter(isPhraseEnabled);
  const moment = readMoment(risk, transcript, playbook, input.context.pageFacts);
  const values = placeholderValues(input.context, moment.facts, transcript);
  const shown = new Set(
    input.kindsShown && input.kindsShown.length > 0 ? input.kindsShown : SUGGESTION_KINDS,
  );
  const plan = planKinds(moment);
  const kinds = SUGGESTION_KINDS.filter((k) => shown.has(k) && (plan[k]?.priority ?? 0) > 0).sort(
    (a, b) => (plan[b]?.priority ?? 0) - (plan[a]?.priority ?? 0),
  );
  const variety = `${input.seed ?? ''}#${moment.agentSent.length}`;
  const rank = { playbook, moment, values, offers: input.offers ?? [], variety };
  // A kind with nothing that fits now takes no place in view.
  const perKind = kinds
    .map((kind) => rankKind(kind, { ...rank, why: plan[kind]?.why ?? '' }, PER_KIND))
    .filter((cards) => cards.length > 0);
  const inView = perKind.slice(0, CARDS_IN_VIEW);
  const heads = inView.map((cards) => cards[0]).filter((c): c is Suggestion => c !== undefined);
  const rest = [...inView.flatMap((cards) => cards.slice(1)), ...perKind.slice(CARDS_IN_VIEW).flat()];
  return [...heads, ...rest].slice(0, MAX_SUGGESTIONS);
}
