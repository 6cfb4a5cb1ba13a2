import { type FormEvent, useId, useState } from 'react';
import type { CustomSelectors } from '../lib/storage/settings-schema';

const FIELDS: [keyof CustomSelectors, string][] = [
  ['message', 'Each chat message'],
  ['author', 'Message author (inside a message)'],
  ['composer', 'Reply box'],
];

/** True when `selector` is valid CSS selector syntax. */
export function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

interface Props {
  origin: string;
  value: CustomSelectors | undefined;
  onSave(selectors: CustomSelectors): void;
}

/** CSS selectors for a helpdesk Poise does not know, used by the generic reader on that site only. */
export function SelectorFields({ origin, value, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<CustomSelectors>(value ?? {});
  const invalid = FIELDS.filter(([key]) => draft[key]?.trim() && !isValidSelector(draft[key]?.trim() ?? ''));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (invalid.length === 0) onSave(draft);
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>Page parts on {origin}</legend>
        <p className="muted small">Optional CSS selectors, if Poise cannot find the chat by itself.</p>
        {FIELDS.map(([key, label]) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type="text"
              spellCheck={false}
              value={draft[key] ?? ''}
              aria-invalid={invalid.some(([k]) => k === key)}
              onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
        {invalid.length > 0 && (
          <p className="card-error" role="alert">
            Not a valid selector: {invalid.map(([, label]) => label.toLowerCase()).join(', ')}.
          </p>
        )}
        <button type="submit" className="button-secondary" disabled={invalid.length > 0}>
          Save selectors
        </button>
      </fieldset>
    </form>
  );
}
