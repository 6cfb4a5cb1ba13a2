/** "Save this page's structure": a scrubbed copy of the page for a bug report (lib/capture), saved locally. */
export type PageCaptureStatus = 'idle' | 'saving' | 'saved' | 'error';

interface Props {
  status: PageCaptureStatus;
  /** The saved file's name, or why saving failed. */
  text: string;
  onSave: () => void;
  /** Names the page in the button's accessible name when several are offered (options page). */
  pageName?: string;
}

export function PageCaptureButton({ status, text, onSave, pageName }: Props) {
  return (
    <div className="page-capture" data-testid="page-capture" data-status={status}>
      <button
        type="button"
        className="button-secondary"
        onClick={onSave}
        disabled={status === 'saving'}
        // The visible words first (WCAG 2.5.3: speech users say what they see), then which page.
        {...(pageName ? { 'aria-label': `Save this page’s structure: ${pageName}` } : {})}
      >
        Save this page’s structure
      </button>
      {/* Always in the page, so the result is announced when it changes. */}
      <p className="muted" role="status">
        {status === 'saving' ? 'Saving…' : status === 'saved' ? `Saved as ${text}.` : ''}
      </p>
      {status === 'error' && <p className="card-error">{text}</p>}
    </div>
  );
}

/** One line on what the file holds, shown once beside the button(s). */
export function PageCaptureNote() {
  return (
    <p className="muted">
      For a bug report: the page’s layout with every word and value that could be someone’s replaced. The file
      is saved on this computer; Poise sends it nowhere.
    </p>
  );
}
