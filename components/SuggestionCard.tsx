import { useId } from 'react';
import { fillTemplate } from '../lib/playbook/template';
import type { Suggestion } from '../lib/suggest/types';
import { customerParts } from '../lib/ui/customer-parts';
import { PlaceholderFields } from './PlaceholderFields';

interface Props {
  suggestion: Suggestion;
  /** 1-based display position: the key (1-9) that inserts it. */
  number: number;
  values: Readonly<Record<string, string>>;
  /** Placeholders still without a value: Insert waits for them. */
  unfilled: readonly string[];
  /** The agent checked the words that came from the customer (none: true). */
  confirmed: boolean;
  /** False when the reply box was not found: Insert is hidden and Copy leads. */
  composerFound: boolean;
  canInsert: boolean;
  error: string | null;
  /** The card's key was pressed again after it was inserted: say how to repeat it. */
  reminded?: boolean;
  copied: boolean;
  onFill(name: string, value: string): void;
  onConfirm(checked: boolean): void;
  onInsert(): void;
  onCopy(text: string): void;
}

/**
 * One suggested sentence with Insert and Copy. The text is rendered as text; words the customer chose are marked
 * "from the customer" and Insert waits until the agent has checked them. Why it is offered is said once for its group,
 * not on every card. A card already inserted stays where it was, marked "Used": its key no longer inserts it, only a
 * deliberate "Insert again" does.
 */
export function SuggestionCard(props: Props) {
  const {
    suggestion,
    number,
    values,
    unfilled,
    confirmed,
    composerFound,
    canInsert,
    error,
    copied,
    reminded,
  } = props;
  const id = useId();
  // The same filler as the Insert path (lib/playbook/template.ts): what is shown is what is inserted.
  const text = fillTemplate(suggestion.text, values).text;
  const fromCustomer = suggestion.fromCustomer;
  const copyLeads = !composerFound || error !== null;
  const used = suggestion.used === true;
  const shortcut = number <= 9 && !used ? String(number) : undefined;
  const waitFor =
    unfilled.length > 0
      ? 'Fill in the empty fields first'
      : !confirmed
        ? 'Check the customer’s words first'
        : undefined;
  return (
    <li
      className={used ? 'card card-used' : 'card'}
      data-testid="suggestion"
      data-kind={suggestion.kind}
      data-phrase-id={suggestion.phraseId}
      data-number={number}
      data-used={used}
    >
      {used && (
        <p className="badge badge-used" data-testid="used-badge">
          Used
        </p>
      )}
      <p className="card-text" data-testid="suggestion-text">
        {customerParts(
          text,
          fromCustomer.map((f) => f.value),
        ).map((part, i) =>
          part.fromCustomer ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are re-derived from the text on every render
            <mark key={i} className="from-customer" title="From the customer">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
      {fromCustomer.length > 0 && (
        <div className="field-inline" data-testid="customer-words">
          <input
            id={`${id}-confirm`}
            type="checkbox"
            checked={confirmed}
            onChange={(e) => props.onConfirm(e.currentTarget.checked)}
          />
          <label htmlFor={`${id}-confirm`}>
            Marked words are from the customer ({fromCustomer.map((f) => `“${f.value}”`).join(', ')}): I
            checked them
          </label>
        </div>
      )}
      <PlaceholderFields names={suggestion.missing} values={values} onFill={props.onFill} />
      {error && (
        <p className="card-error" role="alert">
          {error}
        </p>
      )}
      {used && reminded && (
        <p className="card-note" role="status" data-testid="used-reminder">
          Already inserted: pressing {number} again does not send it twice. To repeat it, use Insert again.
        </p>
      )}
      <div className="card-actions">
        {composerFound && (
          <button
            type="button"
            className={copyLeads || used ? 'button-secondary' : 'button-primary'}
            data-testid="insert-suggestion"
            disabled={!canInsert}
            aria-keyshortcuts={shortcut}
            title={waitFor}
            onClick={props.onInsert}
          >
            {used ? 'Insert again' : 'Insert'}
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
