import type { Sensitivity } from '../lib/chat';

const OPTIONS: [Sensitivity, string][] = [
  ['low', 'Low: only clear escalation'],
  ['default', 'Default'],
  ['high', 'High: flag early signs too'],
];

/** How eagerly Poise flags: low, default or high. */
export function SensitivityField({
  value,
  onChange,
}: {
  value: Sensitivity;
  onChange(v: Sensitivity): void;
}) {
  return (
    <fieldset>
      <legend>Sensitivity</legend>
      {OPTIONS.map(([v, label]) => (
        <label key={v} className="choice">
          <input
            type="radio"
            name="sensitivity"
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
