import { type FormEvent, useId, useState } from 'react';
import { SUGGESTION_KINDS, type SuggestionKind } from '../lib/chat';
import type { Phrase } from '../lib/playbook';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';

/** The fields the form edits; a phrase's other fields (signals, stages, tags) pass through untouched. */
export type PhraseFields = Pick<Phrase, 'id' | 'kind' | 'text' | 'tier'>;

interface Props {
  initial: PhraseFields;
  isNew: boolean;
  /** Why the last save was refused (the phrase schema's reasons), shown under the text. */
  errors?: readonly string[];
  onSave(fields: PhraseFields): void;
  onCancel(): void;
}

/** The schema's limit, said here before the agent writes past it. */
export const MAX_PHRASE_LENGTH = 600;

/**
 * Add or edit one phrase: kind, text (with {{placeholders}}) and, for boundaries, the tier. A problem is shown only
 * once the agent has typed or tried to save: an empty new form is not an error.
 */
export function PhraseForm({ initial, isNew, errors = [], onSave, onCancel }: Props) {
  const id = useId();
  const [fields, setFields] = useState(initial);
  const [touched, setTouched] = useState(false);
  const local = !fields.text.trim()
    ? 'Write the phrase text.'
    : fields.text.length > MAX_PHRASE_LENGTH
      ? `Keep it under ${MAX_PHRASE_LENGTH} characters.`
      : null;
  const shown = touched ? (local ? [local] : errors) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!local) onSave({ ...fields, text: fields.text.trim() });
  };
  return (
    <form className="phrase-form" onSubmit={submit} aria-label={isNew ? 'New phrase' : 'Edit phrase'}>
      <div className="phrase-form-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={fields.kind}
            onChange={(e) => setFields({ ...fields, kind: e.currentTarget.value as SuggestionKind })}
          >
            {SUGGESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_WORDS[k]}
              </option>
            ))}
          </select>
        </div>
        {fields.kind === 'boundary' && (
          <div className="field">
            <label htmlFor={`${id}-tier`}>Boundary step</label>
            <select
              id={`${id}-tier`}
              value={fields.tier ?? 1}
              onChange={(e) => setFields({ ...fields, tier: Number(e.currentTarget.value) as 1 | 2 | 3 })}
            >
              <option value={1}>1: a calm reminder</option>
              <option value={2}>2: a clear warning</option>
              <option value={3}>3: how the chat will end</option>
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={fields.text}
          aria-invalid={shown.length > 0}
          aria-describedby={`${id}-help${shown.length > 0 ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setFields({ ...fields, text: e.currentTarget.value });
            setTouched(true);
          }}
        />
        <p id={`${id}-help`} className="muted small">
          Placeholders such as {'{{customer.firstName | there}}'} or {'{{agent.name}}'} are filled in the side
          panel.
        </p>
      </div>
      {shown.length > 0 && (
        <div id={`${id}-error`} className="card-error" role="alert">
          {shown.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div className="card-actions">
        <button type="submit" className="button-primary">
          {isNew ? 'Add phrase' : 'Save phrase'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
