interface Props {
  status: 'idle' | 'loading' | 'ready' | 'error';
  text: string;
  /** The helpdesk's reply box can be switched to an internal note: only then is Insert offered. */
  canWriteNote: boolean;
  copied: boolean;
  error: string | null;
  onLoad(): void;
  onCopy(text: string): void;
  onInsertNote(text: string): void;
}

/**
 * A one-click case summary for an internal note (guidance.md, "record"). It quotes the customer's history, so it never
 * goes into the public reply: Insert writes it into the helpdesk's internal note where the adapter can switch to one;
 * elsewhere only Copy is offered.
 */
export function CaseSummary({
  status,
  text,
  canWriteNote,
  copied,
  error,
  onLoad,
  onCopy,
  onInsertNote,
}: Props) {
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
            {canWriteNote && (
              <button type="button" className="button-primary" onClick={() => onInsertNote(text)}>
                Insert as internal note
              </button>
            )}
            <button
              type="button"
              className={canWriteNote ? 'button-secondary' : 'button-primary'}
              onClick={() => onCopy(text)}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="muted">
            {canWriteNote
              ? 'Insert switches the reply box to an internal note first; the customer never sees it.'
              : 'This page has no internal note Poise can switch to: copy it and paste it into a note.'}
          </p>
        </>
      )}
    </section>
  );
}
