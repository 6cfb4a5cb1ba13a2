import { useMemo } from 'react';
import { NoticeList } from '../../../components/NoticeList';
import { PageCaptureButton, PageCaptureNote } from '../../../components/PageCaptureButton';
import { useSidepanel } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

/** Honest states: what Poise could not do or find on this page, in plain words. */
export function HealthSection() {
  // Derived lists are memoised on the panel state, not selected: a selector must not return a new array each call.
  const panel = useSidepanel((s) => s.panel);
  const capture = useSidepanel((s) => s.pageCapture);
  const save = useSidepanel((s) => s.savePageStructure);
  const notices = useMemo(() => sel.notices({ panel }), [panel]);
  const missing = useMemo(() => sel.missingParts({ panel }), [panel]);
  const letThemFinish = panel?.status === 'ready' && panel.letThemFinish;
  return (
    <>
      <NoticeList notices={notices} />
      {missing.length > 0 && (
        <>
          <p className="health" data-testid="health" data-missing={missing.join(',')}>
            Not found on this page: {missing.join(', ')}.
          </p>
          {/* A page Poise cannot read is what a bug report needs to show: offer its structure, words removed. */}
          <PageCaptureButton status={capture.status} text={capture.text} onSave={() => void save()} />
          <PageCaptureNote />
        </>
      )}
      {letThemFinish && (
        <p className="cue" data-testid="let-them-finish">
          Let them finish: the customer is still writing.
        </p>
      )}
    </>
  );
}
