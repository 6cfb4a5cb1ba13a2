import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { saveCapture } from '../../lib/capture/save-file';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { App } from './App';
import { createCaptureApi } from './capture-api';
import { createPlaybookApi } from './playbook-adapter';

createRoot(document.getElementById('root') as HTMLElement).render(
  <App
    settings={{ read: readSettings, update: updateSettings }}
    playbook={createPlaybookApi()}
    capture={createCaptureApi((capture) => saveCapture(capture))}
  />,
);
