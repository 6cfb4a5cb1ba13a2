import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import './options.css';
import { saveCapture } from '../../lib/capture/save-file';
import { forgetLearned, loadLearned, watchLearned } from '../../lib/storage/dismissal-learning';
import { readSettings, updateSettings } from '../../lib/storage/settings';
import { App } from './App';
import { createCaptureApi } from './capture-api';
import { createPlaybookApi } from './playbook-adapter';

createRoot(document.getElementById('root') as HTMLElement).render(
  <App
    settings={{ read: readSettings, update: updateSettings }}
    playbook={createPlaybookApi()}
    learning={{ load: loadLearned, watch: watchLearned, forget: forgetLearned }}
    capture={createCaptureApi((capture) => saveCapture(capture))}
  />,
);
