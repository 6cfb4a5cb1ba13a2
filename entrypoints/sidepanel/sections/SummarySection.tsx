import { CaseSummary } from '../../../components/CaseSummary';
import { useSidepanel, useSidepanelStore } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

/** Case summary for an internal note: Copy, or Insert at the cursor. */
export function SummarySection() {
  const summary = useSidepanel((s) => s.summary);
  const composerFound = useSidepanel(sel.composerFound);
  const error = useSidepanel((s) => (s.error?.target === 'summary' ? s.error.reason : null));
  const copied = useSidepanel((s) => s.copied === 'summary');
  const { loadSummary, copy, insertText } = useSidepanelStore().getState();
  return (
    <CaseSummary
      status={summary.status}
      text={summary.text}
      composerFound={composerFound}
      copied={copied}
      error={error}
      onLoad={() => void loadSummary()}
      onCopy={(text) => void copy(text, 'summary')}
      onInsert={(text) => void insertText(text, 'caret', 'summary')}
    />
  );
}
