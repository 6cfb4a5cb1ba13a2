import type { InsertMode } from '../lib/messaging/protocol';

interface Props {
  value: InsertMode;
  onChange(mode: InsertMode): void;
  /** The side panel's short segmented form beside the suggestions; the options page shows the full sentences. */
  compact?: boolean;
}

const LABELS: Record<InsertMode, { full: string; short: string }> = {
  caret: { full: 'At the cursor, keeping my draft', short: 'At the cursor' },
  replace: { full: 'Replacing my draft', short: 'Replace draft' },
};

/** Where Insert puts a suggestion: at the cursor (keeps the draft) or replacing the draft. One control, two sizes. */
export function InsertModeField({ value, onChange, compact = false }: Props) {
  const name = compact ? 'insert-mode' : 'default-insert';
  return (
    <fieldset className={compact ? 'segmented' : undefined}>
      <legend>{compact ? 'Insert' : 'Insert suggestions'}</legend>
      {(['caret', 'replace'] as const).map((mode) => (
        <label key={mode} className={compact ? undefined : 'choice'}>
          <input type="radio" name={name} checked={value === mode} onChange={() => onChange(mode)} />
          {compact ? LABELS[mode].short : LABELS[mode].full}
        </label>
      ))}
    </fieldset>
  );
}
