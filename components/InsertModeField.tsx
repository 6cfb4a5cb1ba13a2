import type { InsertMode } from '../lib/messaging/protocol';

/** The default for Insert in the side panel: at the cursor (keeps the draft) or replacing the draft. */
export function InsertModeField({ value, onChange }: { value: InsertMode; onChange(v: InsertMode): void }) {
  return (
    <fieldset>
      <legend>Insert suggestions</legend>
      <label className="choice">
        <input
          type="radio"
          name="default-insert"
          checked={value === 'caret'}
          onChange={() => onChange('caret')}
        />
        At the cursor, keeping my draft
      </label>
      <label className="choice">
        <input
          type="radio"
          name="default-insert"
          checked={value === 'replace'}
          onChange={() => onChange('replace')}
        />
        Replacing my draft
      </label>
    </fieldset>
  );
}
