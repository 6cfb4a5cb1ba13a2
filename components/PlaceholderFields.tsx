import { useId } from 'react';
import { placeholderLabel } from '../lib/playbook/template';

interface Props {
  names: readonly string[];
  values: Readonly<Record<string, string>>;
  onFill(name: string, value: string): void;
}

/** Small inputs for the placeholders a suggestion still needs, e.g. the order number. */
export function PlaceholderFields({ names, values, onFill }: Props) {
  const id = useId();
  if (names.length === 0) return null;
  return (
    <div className="placeholders">
      {names.map((name, i) => (
        <div className="field-inline" key={name}>
          <label htmlFor={`${id}-${i}`}>{placeholderLabel(name)}</label>
          <input
            id={`${id}-${i}`}
            type="text"
            value={values[name] ?? ''}
            autoComplete="off"
            required
            aria-invalid={!values[name]?.trim()}
            onChange={(e) => onFill(name, e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
