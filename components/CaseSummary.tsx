interface Props {
  status: 'idle' | 'loading' | 'ready' | 'error';
  text: string;
  composerFound: boolean;
  copied: boolean;
  error: string | null;
  onLoad(): void;
  onCopy(text: string): void;
  onInsert(text: string): void;
}

/** A one-click case summary to paste as an internal note (guidance.md, "record"). */
export function CaseSummary({ status, text, composerFound, copied, error, onLoad, onCopy, onInsert }: Props) {
  return (
    <section className="section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Case summary</h2>
      <button type="button" className="button-secondary" onClick={onLoad} disabled={status === 'loading'}>
        {status === 'ready' ? 'Refresh summary' : 'Write a case summary'}
      </button>
      {status === 'loading' && <p className="muted">Writing…</p>}
      {status === 'error' && <p className="card-error">{text}</p>}
      {status === 'ready' && (
        <>
          <p className="summary-text">{text}</p>
          {error && (
            <p className="card-error" role="alert">
              {error}
            </p>
          )}
          <div className="card-actions">
            <button type="button" className="button-primary" onClick={() => onCopy(text)}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            {composerFound && (
              <button type="button" className="button-secondary" onClick={() => onInsert(text)}>
                Insert for an internal note
              </button>
            )}
          </div>
          {composerFound && (
            // Poise never switches the helpdesk's composer mode on its own: the agent picks where the note goes.
            <p className="muted">
              Insert puts it at the cursor: switch the reply box to an internal note first.
            </p>
          )}
        </>
      )}
    </section>
  );
}
