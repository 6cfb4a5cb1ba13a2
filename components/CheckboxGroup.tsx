import { type ReactNode, useId } from 'react';

interface Props<T extends string> {
  legend: string;
  /** A line under the legend, read with the group. */
  note?: ReactNode;
  values: readonly T[];
  words: Record<T, string>;
  checked: readonly T[];
  onToggle(value: T, checked: boolean): void;
}

/** A set of named checkboxes in a fieldset: which kinds to show, which offers to allow. */
export function CheckboxGroup<T extends string>({
  legend,
  note,
  values,
  words,
  checked,
  onToggle,
}: Props<T>) {
  const id = useId();
  return (
    <fieldset {...(note ? { 'aria-describedby': `${id}-note` } : {})}>
      <legend>{legend}</legend>
      {note && (
        <p id={`${id}-note`} className="muted small">
          {note}
        </p>
      )}
      <div className="choices-grid">
        {values.map((value) => (
          <label key={value} className="choice">
            <input
              type="checkbox"
              checked={checked.includes(value)}
              onChange={(e) => onToggle(value, e.currentTarget.checked)}
            />
            {words[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
