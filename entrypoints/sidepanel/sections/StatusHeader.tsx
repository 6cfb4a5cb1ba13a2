import { useSidepanel } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

const STATUS_WORDS = {
  loading: 'Connecting…',
  ready: 'Reading this chat',
  off: 'Off here',
  'no-content': 'No helpdesk',
};

/**
 * The panel's title bar: what Poise is doing here. The tab it is bound to is a test hook only (data-tab-id), never
 * shown: a browser's tab id means nothing to an agent.
 */
export function StatusHeader() {
  const status = useSidepanel(sel.status);
  const count = useSidepanel(sel.messageCount);
  const reading = useSidepanel(sel.reading);
  const tabId = useSidepanel((s) => s.tabId);
  return (
    <header className="panel-header" data-testid="connected-tab" data-tab-id={tabId ?? ''}>
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
    </header>
  );
}
