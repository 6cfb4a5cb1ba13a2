import '../shared/base.css';
import './intercom.css';
import { startInbox } from './app';

// The 2026 Intercom-like inbox: the app in the open shadow root of #teammate-app-react.
startInbox('2026');
