import type { InsertMode } from '../lib/messaging/protocol';

/** Insert at the cursor (keeps the draft) or replace the draft. */
export function InsertModeSwitch({ mode, onChange }: { mode: InsertMode; onChange(mode: InsertMode): void }) {
  return (
    <fieldset className="segmented">
      <legend>Insert</legend>
      <label>
        <input
          type="radio"
          name="insert-mode"
          checked={mode === 'caret'}
          onChange={() => onChange('caret')}
        />
        At the cursor
      </label>
      <label>
        <input
          type="radio"
          name="insert-mode"
          checked={mode === 'replace'}
          onChange={() => onChange('replace')}
        />
        Replace draft
      </label>
    </fieldset>
  );
}
