import { SUGGESTION_KINDS, type SuggestionKind } from '../lib/chat';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';

interface Props {
  shown: readonly SuggestionKind[];
  onToggle(kind: SuggestionKind, shown: boolean): void;
}

/** Which kinds of suggestion the side panel shows. */
export function KindsField({ shown, onToggle }: Props) {
  return (
    <fieldset>
      <legend>Suggestions to show</legend>
      <div className="choices-grid">
        {SUGGESTION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              checked={shown.includes(kind)}
              onChange={(e) => onToggle(kind, e.currentTarget.checked)}
            />
            {KIND_WORDS[kind]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
