import { type FormEvent, useId, useState } from 'react';
import { SUGGESTION_KINDS, type SuggestionKind } from '../lib/chat';
import { KIND_WORDS } from '../lib/ui/suggestion-groups';

export interface PhraseFields {
  id: string;
  kind: SuggestionKind;
  text: string;
  tier?: 1 | 2 | 3 | undefined;
}

interface Props {
  initial: PhraseFields;
  isNew: boolean;
  onSave(fields: PhraseFields): void;
  onCancel(): void;
}

export const MAX_PHRASE_LENGTH = 1000;

/** Add or edit one phrase: kind, text (with {{placeholders}}) and, for boundaries, the tier. */
export function PhraseForm({ initial, isNew, onSave, onCancel }: Props) {
  const id = useId();
  const [fields, setFields] = useState(initial);
  const problem = !fields.text.trim()
    ? 'Write the phrase text.'
    : fields.text.length > MAX_PHRASE_LENGTH
      ? `Keep it under ${MAX_PHRASE_LENGTH} characters.`
      : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem) onSave({ ...fields, text: fields.text.trim() });
  };
  return (
    <form className="phrase-form" onSubmit={submit} aria-label={isNew ? 'New phrase' : 'Edit phrase'}>
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
      <div className="field">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={fields.text}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-help`}
          onChange={(e) => setFields({ ...fields, text: e.currentTarget.value })}
        />
        <p id={`${id}-help`} className="muted small">
          Placeholders such as {'{{customer.firstName | there}}'} or {'{{agent.name}}'} are filled in the side
          panel.
        </p>
      </div>
      {problem && <p className="card-error">{problem}</p>}
      <div className="card-actions">
        <button type="submit" className="button-primary" disabled={problem !== null}>
          {isNew ? 'Add phrase' : 'Save phrase'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
