import { useId } from 'react';
import type { Phrase } from '../lib/playbook';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';
import { PhraseText } from './PhraseText';

interface Props {
  phrase: Pick<Phrase, 'id' | 'kind' | 'text' | 'tier'>;
  /** `team` rows are read-only. */
  source: 'default' | 'edited' | 'own' | 'team';
  enabled: boolean;
  /** Name the kind on the row: the list shows more than one kind. */
  showKind?: boolean;
  /** The offers this phrase makes, and whether the agent's settings allow each (it is suggested only if all are). */
  offers?: readonly { word: string; allowed: boolean }[];
  onToggle?(enabled: boolean): void;
  onEdit?(): void;
  onRemove?(): void;
}

const SOURCE_WORDS = { default: 'Built-in', edited: 'Built-in, edited by you', own: 'Yours', team: 'Team' };

/** One playbook phrase in the editor list: its text (placeholders as chips), where it comes from, its actions. */
export function PhraseRow({
  phrase,
  source,
  enabled,
  showKind = false,
  offers = [],
  onToggle,
  onEdit,
  onRemove,
}: Props) {
  const id = useId();
  return (
    <li className={`phrase ${enabled ? '' : 'phrase-off'}`} data-testid="phrase" data-source={source}>
      <PhraseText text={phrase.text} id={`${id}-text`} />
      <div className="phrase-side">
        <p className="phrase-meta muted">
          {showKind && <span>{KIND_WORDS[phrase.kind]}</span>}
          {phrase.tier && <span>Step {phrase.tier}</span>}
          {offers.map((o) => (
            <span key={o.word} data-testid="phrase-offer">
              Offers {o.word}
              {o.allowed ? '' : ' (not allowed in Settings)'}
            </span>
          ))}
          <span>{SOURCE_WORDS[source]}</span>
        </p>
        {source !== 'team' && (
          <>
            <label className="choice">
              <input
                type="checkbox"
                checked={enabled}
                aria-describedby={`${id}-text`}
                onChange={(e) => onToggle?.(e.currentTarget.checked)}
              />
              In use
            </label>
            <button
              type="button"
              className="button-secondary"
              aria-describedby={`${id}-text`}
              onClick={onEdit}
            >
              Edit
            </button>
            {source !== 'default' && (
              <button
                type="button"
                className="button-quiet"
                aria-describedby={`${id}-text`}
                onClick={onRemove}
              >
                {source === 'edited' ? 'Restore built-in' : 'Delete'}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
