/**
 * The panel's suggestion list: the first few cards in view, the rest behind "More suggestions", grouped by kind and
 * numbered in display order, so every card listed has a key (1-9) and what a group is for is said once.
 */
import type { SuggestionKind } from '../chat';
import { CARDS_IN_VIEW } from '../suggest';
import type { Suggestion } from '../suggest/types';

/** Cards in view before the agent asks for more: the engine's own number (it puts the best card of each kind first). */
export { CARDS_IN_VIEW };
/** Keys 1-9 reach every listed card: a tenth card would have no key, so it is not listed. */
export const MAX_CARDS = 9;

export interface NumberedSuggestion {
  suggestion: Suggestion;
  /** 1-based position in display order: the key that inserts it. */
  number: number;
}

export interface SuggestionGroup {
  kind: SuggestionKind;
  items: NumberedSuggestion[];
  /** Why these cards are offered now, in the agent's words, each said once; empty when said above already. */
  why: string[];
  /** For boundary cards: which step ("First reminder"), when they share one. */
  step: string | null;
}

export interface SuggestionLayout {
  inView: SuggestionGroup[];
  /** The cards "More suggestions" reveals, numbered after those in view. */
  more: SuggestionGroup[];
  moreCount: number;
}

export const KIND_WORDS: Record<SuggestionKind, string> = {
  acknowledge: 'Acknowledge',
  empathize: 'Empathise',
  apologize: 'Apologise',
  clarify: 'Clarify',
  solve: 'Solve',
  refer: 'Refer',
  boundary: 'Set a boundary',
  close: 'Close',
  follow_up: 'Follow up',
};

/** Boundaries come in steps; agents know them as reminders and warnings, not as numbered tiers. */
export const BOUNDARY_STEPS: Record<1 | 2 | 3, string> = {
  1: 'First reminder',
  2: 'Second: a clear warning',
  3: 'Last: how the chat will end',
};
const SENT_STEP: Record<string, string> = {
  '1': 'the first reminder',
  '2': 'the warning',
  '3': 'the last step',
};
const STEP_WORDS: Record<string, string> = { '1': 'first reminder', '2': 'second step', '3': 'last step' };

/** A "why" line as an agent would say it: no engine jargon ("tier"), first letter in capitals. */
export function whyInAgentWords(why: string): string {
  const plain = why
    .replace(
      /\btier ([123]) (was|is) sent/gi,
      (_m, n: string, verb: string) => `${SENT_STEP[n]} ${verb} sent`,
    )
    // "abusive language: tier 1, a calm reminder": the step is already said in words after the comma.
    .replace(/:\s*tier [123],\s*/gi, ': ')
    .replace(/\btier ([123])\b/gi, (_m, n: string) => STEP_WORDS[n] ?? 'step')
    .replace(/\btiers?\b/gi, 'step')
    .trim();
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

function groupByKind(suggestions: readonly Suggestion[], firstNumber: number): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [];
  for (const suggestion of suggestions) {
    let group = groups.find((g) => g.kind === suggestion.kind);
    if (!group) {
      group = { kind: suggestion.kind, items: [], why: [], step: null };
      groups.push(group);
    }
    group.items.push({ suggestion, number: 0 });
    const why = suggestion.why ? whyInAgentWords(suggestion.why) : '';
    if (why && !group.why.includes(why)) group.why.push(why);
  }
  let n = firstNumber;
  for (const group of groups) {
    for (const item of group.items) item.number = n++;
    const tiers = new Set(group.items.map((i) => i.suggestion.tier));
    const [tier] = tiers;
    if (group.kind === 'boundary' && tiers.size === 1 && tier) group.step = BOUNDARY_STEPS[tier];
  }
  return groups;
}

/** The first `inView` cards (by the engine's order) grouped and numbered 1..k; the rest numbered after them. */
export function layoutSuggestions(
  suggestions: readonly Suggestion[],
  inView: number = CARDS_IN_VIEW,
): SuggestionLayout {
  const listed = suggestions.slice(0, MAX_CARDS);
  const top = groupByKind(listed.slice(0, inView), 1);
  const more = groupByKind(listed.slice(inView), Math.min(inView, listed.length) + 1);
  // A kind already in view had its reason said there: its further cards do not repeat it.
  const said = new Set(top.map((g) => g.kind));
  for (const group of more) if (said.has(group.kind)) group.why = [];
  return { inView: top, more, moreCount: Math.max(0, listed.length - inView) };
}

/** Every listed card in display order: those in view, then the rest. */
export function numberedCards(layout: SuggestionLayout, withMore: boolean): NumberedSuggestion[] {
  const groups = withMore ? [...layout.inView, ...layout.more] : layout.inView;
  return groups.flatMap((g) => g.items);
}
