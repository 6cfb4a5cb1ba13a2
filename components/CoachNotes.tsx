import { useState } from 'react';
import type { CoachResult } from '../lib/suggest/types';
import './coach.css';

interface Props {
  coach: CoachResult;
  composerFound: boolean;
  error: string | null;
  copied: boolean;
  /** Put this text in the reply box in place of the draft. */
  onAccept(text: string): void;
  onCopy(text: string): void;
}

/**
 * Notes on the agent's own draft, one per rule, and the same draft with only those phrases changed, shown as a diff:
 * Accept replaces the draft with it; Edit opens it in a text box first.
 */
export function CoachNotes({ coach, composerFound, error, copied, onAccept, onCopy }: Props) {
  const [edit, setEdit] = useState<{ of: string; text: string } | null>(null);
  // An edit belongs to the rewrite it started from: a new one (the agent kept typing) shows its diff again.
  const editing = edit && edit.of === coach.rewrite ? edit.text : null;
  const setEditing = (text: string) => setEdit({ of: coach.rewrite ?? '', text });
  if (coach.notes.length === 0) return null;
  const text = editing ?? coach.rewrite ?? '';
  return (
    <section className="section coach" aria-labelledby="coach-heading">
      <h2 id="coach-heading">Your draft</h2>
      {coach.heated && <p className="coach-why">{coach.heated}</p>}
      <ul className="coach-notes">
        {coach.notes.map((note) => (
          <li key={note.rule}>
            <q className="coach-quote">{note.text}</q>
            {note.count && note.count > 1 ? ` (${note.count} times)` : ''}{' '}
            <span className="coach-why">{note.why}</span>
          </li>
        ))}
      </ul>
      {coach.rewrite && (
        <div className="coach-rewrite">
          <p className="muted">The same draft, calmer (your facts and promises kept):</p>
          {editing === null ? (
            <p className="coach-diff">
              {(coach.diff ?? [{ op: 'ins' as const, text: coach.rewrite }]).map((part, i) =>
                part.op === 'del' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
                  <del key={i}>{part.text}</del>
                ) : part.op === 'ins' ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
                  <ins key={i}>{part.text}</ins>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          ) : (
            <textarea
              className="coach-edit"
              aria-label="Edit the calmer draft"
              value={editing}
              onChange={(e) => setEditing(e.target.value)}
            />
          )}
          {error && (
            <p className="card-error" role="alert">
              {error}
            </p>
          )}
          <div className="card-actions">
            {composerFound && (
              <button type="button" className="button-primary" onClick={() => onAccept(text)}>
                {editing === null ? 'Accept' : 'Insert'}
              </button>
            )}
            {editing === null && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setEditing(coach.rewrite ?? '')}
              >
                Edit
              </button>
            )}
            <button
              type="button"
              className={composerFound && !error ? 'button-secondary' : 'button-primary'}
              onClick={() => onCopy(text)}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
