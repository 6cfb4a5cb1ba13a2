import { SUGGESTION_KINDS, type SuggestionKind } from '../lib/chat';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';
import { CheckboxGroup } from './CheckboxGroup';

interface Props {
  shown: readonly SuggestionKind[];
  onToggle(kind: SuggestionKind, shown: boolean): void;
}

/** Which kinds of suggestion the side panel shows. */
export function KindsField({ shown, onToggle }: Props) {
  return (
    <CheckboxGroup
      legend="Suggestions to show"
      values={SUGGESTION_KINDS}
      words={KIND_WORDS}
      checked={shown}
      onToggle={onToggle}
    />
  );
}
