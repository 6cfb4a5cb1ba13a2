import { useEffect, useId, useState } from 'react';

/** The agent's display name for `{{agent.name}}`; saved when the field loses focus or on Enter. */
export function AgentNameField({ value, onSave }: { value: string; onSave(name: string): void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft.trim() !== value) onSave(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>Your name in replies</label>
      <input
        id={id}
        type="text"
        maxLength={80}
        autoComplete="name"
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </div>
  );
}
