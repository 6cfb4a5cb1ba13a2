import type { Suggestion } from '../lib/suggest/types';
import { fillPlaceholders } from '../lib/ui/placeholders';
import { PlaceholderFields } from './PlaceholderFields';

interface Props {
  suggestion: Suggestion;
  /** 1-based display position; 1-9 have a keyboard shortcut. */
  number: number;
  values: Readonly<Record<string, string>>;
  /** Placeholders still without a value: Insert waits for them. */
  unfilled: readonly string[];
  /** False when the reply box was not found: Insert is hidden and Copy leads. */
  composerFound: boolean;
  canInsert: boolean;
  error: string | null;
  copied: boolean;
  onFill(name: string, value: string): void;
  onInsert(): void;
  onCopy(text: string): void;
}

/** One suggested sentence with Insert and Copy. The text is rendered as text. */
export function SuggestionCard(props: Props) {
  const { suggestion, number, values, unfilled, composerFound, canInsert, error, copied } = props;
  const text = fillPlaceholders(suggestion.text, values);
  const copyLeads = !composerFound || error !== null;
  const shortcut = number <= 9 ? String(number) : undefined;
  return (
    <li
      className="card"
      data-testid="suggestion"
      data-kind={suggestion.kind}
      data-phrase-id={suggestion.phraseId}
    >
      <p className="card-text" data-testid="suggestion-text">
        {text}
      </p>
      {suggestion.why && <p className="card-why">{suggestion.why}</p>}
      <PlaceholderFields names={suggestion.missing} values={values} onFill={props.onFill} />
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      <div className="card-actions">
        {composerFound && (
          <button
            type="button"
            className={copyLeads ? 'button-secondary' : 'button-primary'}
            data-testid="insert-suggestion"
            disabled={!canInsert}
            aria-keyshortcuts={shortcut}
            title={unfilled.length > 0 ? 'Fill in the empty fields first' : undefined}
            onClick={props.onInsert}
          >
            Insert
            {shortcut && (
              <span className="kbd" aria-hidden="true">
                {shortcut}
              </span>
            )}
          </button>
        )}
        <button
          type="button"
          className={copyLeads ? 'button-primary' : 'button-secondary'}
          data-testid="copy-suggestion"
          onClick={() => props.onCopy(text)}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </li>
  );
}
