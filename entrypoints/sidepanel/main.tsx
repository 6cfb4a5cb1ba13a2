import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { createExtensionClient } from '../../lib/messaging/client';
import { deleteAllHistory, readHistory, saveReview } from '../../lib/storage/history';
import { readSettings } from '../../lib/storage/settings';
import { App } from './App';
import { fixedTabId } from './follow-tab';

const tabId = fixedTabId(location.search);
const root = createRoot(document.getElementById('root') as HTMLElement);
// The default Insert mode comes from the settings; the panel's switch then changes it for this panel only.
void readSettings().then(({ settings }) => {
  root.render(
    <App
      client={createExtensionClient()}
      tabId={tabId}
      follow={tabId === null}
      insertMode={settings.insertMode}
      history={{ read: () => readHistory(), save: (e) => saveReview(e), clear: deleteAllHistory }}
    />,
  );
});
