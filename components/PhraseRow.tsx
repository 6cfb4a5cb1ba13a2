import { useId } from 'react';
import type { SuggestionKind } from '../lib/chat';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';

interface Props {
  phrase: { id: string; kind: SuggestionKind; text: string; tier?: 1 | 2 | 3 | undefined };
  /** `team` rows are read-only. */
  source: 'default' | 'edited' | 'own' | 'team';
  enabled: boolean;
  onToggle?(enabled: boolean): void;
  onEdit?(): void;
  onRemove?(): void;
}

const SOURCE_WORDS = { default: 'Built-in', edited: 'Built-in, edited by you', own: 'Yours', team: 'Team' };

/** One playbook phrase in the editor list. Its text is rendered as text. */
export function PhraseRow({ phrase, source, enabled, onToggle, onEdit, onRemove }: Props) {
  const id = useId();
  return (
    <li className={`phrase ${enabled ? '' : 'phrase-off'}`} data-testid="phrase" data-source={source}>
      <p className="phrase-meta">
        <span>
          {KIND_WORDS[phrase.kind]}
          {phrase.tier ? ` (step ${phrase.tier})` : ''}
        </span>
        <span className="muted">{SOURCE_WORDS[source]}</span>
      </p>
      <p className="phrase-text" id={`${id}-text`}>
        {phrase.text}
      </p>
      {source !== 'team' && (
        <div className="card-actions">
          <label className="choice">
            <input
              type="checkbox"
              checked={enabled}
              aria-describedby={`${id}-text`}
              onChange={(e) => onToggle?.(e.currentTarget.checked)}
            />
            In use
          </label>
          <button type="button" className="button-secondary" aria-describedby={`${id}-text`} onClick={onEdit}>
            Edit
          </button>
          {source !== 'default' && (
            <button type="button" className="button-quiet" aria-describedby={`${id}-text`} onClick={onRemove}>
              {source === 'edited' ? 'Restore built-in' : 'Delete'}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
