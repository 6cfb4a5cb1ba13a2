import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { openPanel, originPattern } from '../../lib/browser-surface';
import { createExtensionClient } from '../../lib/messaging/client';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { App } from './App';

void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App
      client={createExtensionClient()}
      tabId={tab?.id ?? null}
      settings={{ read: readSettings, update: updateSettings }}
      // The very pattern the background checks and registers (any port): a pattern with the port would be granted
      // yet never satisfy the background's check.
      requestPermission={(origin) => browser.permissions.request({ origins: [originPattern(origin)] })}
      openSidePanel={openPanel}
      onOpenedPanel={() => window.close()}
    />,
  );
});
