import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { createExtensionClient } from '../../lib/messaging/client';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { App } from './App';

void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App
      client={createExtensionClient()}
      tabId={tab?.id ?? null}
      settings={{ read: readSettings, update: updateSettings }}
      requestPermission={(origin) => browser.permissions.request({ origins: [`${origin}/*`] })}
      openSidePanel={(tabId) => browser.sidePanel.open({ tabId })}
      onOpenedPanel={() => window.close()}
    />,
  );
});
