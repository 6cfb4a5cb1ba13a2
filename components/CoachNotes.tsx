import type { CoachResult } from '../lib/suggest/types';

interface Props {
  coach: CoachResult;
  composerFound: boolean;
  error: string | null;
  copied: boolean;
  onUseRewrite(text: string): void;
  onCopy(text: string): void;
}

/** Notes on the agent's own draft, with a calmer rewrite one click away (it replaces the draft). */
export function CoachNotes({ coach, composerFound, error, copied, onUseRewrite, onCopy }: Props) {
  if (coach.notes.length === 0) return null;
  return (
    <section className="section coach" aria-labelledby="coach-heading">
      <h2 id="coach-heading">Your draft</h2>
      <ul className="coach-notes">
        {coach.notes.map((note) => (
          <li key={`${note.rule}-${note.start}`}>
            <q className="coach-quote">{note.text}</q> <span className="coach-why">{note.why}</span>
          </li>
        ))}
      </ul>
      {coach.rewrite && (
        <div className="coach-rewrite">
          <p className="muted">A calmer version:</p>
          <p className="card-text">{coach.rewrite}</p>
          {error && (
            <p className="card-error" role="alert">
              {error}
            </p>
          )}
          <div className="card-actions">
            {composerFound && (
              <button
                type="button"
                className="button-primary"
                onClick={() => onUseRewrite(coach.rewrite ?? '')}
              >
                Use this instead
              </button>
            )}
            <button
              type="button"
              className={composerFound && !error ? 'button-secondary' : 'button-primary'}
              onClick={() => onCopy(coach.rewrite ?? '')}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
