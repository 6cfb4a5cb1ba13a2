import { useSidepanel } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

const STATUS_WORDS = {
  loading: 'Connecting…',
  ready: 'Reading this chat',
  off: 'Off here',
  'no-content': 'No helpdesk',
};

/** The panel's title bar: status and the tab it is bound to (test hooks for the end-to-end suite). */
export function StatusHeader() {
  const status = useSidepanel(sel.status);
  const count = useSidepanel(sel.messageCount);
  const reading = useSidepanel(sel.reading);
  const tabId = useSidepanel((s) => s.tabId);
  return (
    <header className="panel-header">
      <h1>Poise</h1>
      <p
        className={`status status-${status}`}
        data-testid="panel-status"
        data-status={status}
        data-message-count={count}
        data-reading={reading}
      >
        {status === 'ready' && !reading ? 'Not reading this chat yet' : STATUS_WORDS[status]}
      </p>
      <p className="muted tab-id" data-testid="connected-tab" data-tab-id={tabId ?? ''}>
        {tabId === null ? 'No tab' : `Tab ${tabId}`}
      </p>
    </header>
  );
}
