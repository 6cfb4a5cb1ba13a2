import '../shared/base.css';
import './intercom.css';
import { startInbox } from './app';

// The 2025 Intercom-like inbox (the app in the page); main-2026.ts is the shadow-root generation.
startInbox('2025');
