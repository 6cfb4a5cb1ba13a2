import { CaseSummary } from '../../../components/CaseSummary';
import { useSidepanel, useSidepanelStore } from '../context';

/** Case summary for an internal note: Insert into the note where the helpdesk has one, else Copy only. */
export function SummarySection() {
  const summary = useSidepanel((s) => s.summary);
  const canWriteNote = useSidepanel((s) => s.panel?.status === 'ready' && s.panel.canWriteNote);
  const error = useSidepanel((s) => (s.error?.target === 'summary' ? s.error.reason : null));
  const copied = useSidepanel((s) => s.copied === 'summary');
  const { loadSummary, copy, insertNote } = useSidepanelStore().getState();
  return (
    <CaseSummary
      status={summary.status}
      text={summary.text}
      canWriteNote={canWriteNote}
      copied={copied}
      error={error}
      onLoad={() => void loadSummary()}
      onCopy={(text) => void copy(text, 'summary')}
      onInsertNote={(text) => void insertNote(text)}
    />
  );
}
