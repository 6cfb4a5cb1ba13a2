/** Group suggestions by kind for the panel, keeping the engine's ranking, and number them for keys 1-9. */
import type { SuggestionKind } from '../chat';
import type { Suggestion } from '../suggest/types';

export interface NumberedSuggestion {
  suggestion: Suggestion;
  /** 1-based position in display order; keys 1-9 insert positions 1 to 9. */
  number: number;
}

export interface SuggestionGroup {
  kind: SuggestionKind;
  items: NumberedSuggestion[];
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

/** Groups in order of each kind's best-ranked suggestion; numbers follow the displayed order. */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [];
  for (const suggestion of suggestions) {
    let group = groups.find((g) => g.kind === suggestion.kind);
    if (!group) {
      group = { kind: suggestion.kind, items: [] };
      groups.push(group);
    }
    group.items.push({ suggestion, number: 0 });
  }
  let n = 0;
  for (const group of groups) for (const item of group.items) item.number = ++n;
  return groups;
}
