/**
 * The suggestion engine: given the analyzer's result, the transcript and the merged playbook, a handful of ready
 * sentences per kind for this moment, best kind first (guidance.md gives the method; kinds.ts the priorities).
 */
import type { ConversationRisk } from '../analyzer/types';
import { type ChatMessage, SUGGESTION_KINDS, type SuggestionKind } from '../chat';
import { isPhraseEnabled } from '../playbook/merge';
import type { Phrase } from '../playbook/schema';
import type { OfferKind } from '../storage/settings-schema';
import { placeholderValues, type SuggestContext } from './context';
import { planKinds } from './kinds';
import { readMoment } from './moment';
import { rankKind } from './rank';
import type { Suggestion } from './types';

export { extractFacts, type Facts, factsIn, type KnownFacts } from './facts';
export { letThemFinish } from './listen';
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

/** Suggestions per kind for the kind that leads; fewer for the kinds after it. */
const FIRST_KINDS = 2;
const PER_LEADING_KIND = 3;
const PER_OTHER_KIND = 2;
const MAX_TOTAL = 12;

/** Ranked suggestions for this moment of the conversation; empty until the customer has written. */
export function suggest(input: SuggestInput): Suggestion[] {
  const { transcript, risk } = input;
  if (!transcript.some((m) => m.role === 'customer')) return [];
  const playbook = input.playbook.filter(isPhraseEnabled);
  const moment = readMoment(risk, transcript, playbook, input.context.pageFacts);
  const values = placeholderValues(input.context, moment.facts, transcript);
  const shown = new Set(input.kindsShown ?? SUGGESTION_KINDS);
  const plan = planKinds(moment);
  const kinds = SUGGESTION_KINDS.filter((k) => shown.has(k) && (plan[k]?.priority ?? 0) > 0).sort(
    (a, b) => (plan[b]?.priority ?? 0) - (plan[a]?.priority ?? 0),
  );
  const variety = `${input.seed ?? ''}#${moment.agentSent.length}`;
  const out: Suggestion[] = [];
  kinds.forEach((kind, i) => {
    const limit = i < FIRST_KINDS ? PER_LEADING_KIND : PER_OTHER_KIND;
    out.push(...rankKind(kind, playbook, moment, values, plan[kind]?.why ?? '', variety, limit));
  });
  return out.slice(0, MAX_TOTAL);
}
