import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './lib/sites/built-in-hosts';

/**
 * Poise's manifest. Permissions are the least the product uses (audited by tests/e2e/manifest.e2e.test.ts):
 * - storage: settings (sync), playbook and history (local), per-tab state (session)
 * - sidePanel: the agent's cockpit
 * - scripting: register the content script on helpdesks the agent enables at run time
 * - activeTab: lets the popup act on the current tab after a click
 * Host access is only for the built-in helpdesks' agent workspaces (lib/sites/built-in-hosts.ts); anything else is an
 * optional host permission the agent grants per origin.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // POISE_OUT_DIR lets two builds (say, two worktrees' tests) run side by side; tools/browser.ts reads the same.
  outDir: process.env.POISE_OUT_DIR ?? '.output',
  manifest: {
    name: 'Poise',
    description:
      'Spot escalation in live chat and insert the right next sentence. Everything stays in your browser.',
    permissions: ['storage', 'sidePanel', 'scripting', 'activeTab'],
    host_permissions: [...BUILT_IN_MATCHES],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Poise' },
    // The team playbook an administrator may push through managed storage (read-only for the agent).
    storage: { managed_schema: 'managed-schema.json' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the Poise side panel',
      },
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Insert the top suggestion into the reply box',
      },
      'copy-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Copy the top suggestion',
      },
    },
    // "Nothing leaves the browser", enforced by the browser and not only tested: extension pages and the service worker
    // may load their own files and connect nowhere (connect-src 'none' refuses fetch, XHR, WebSocket and beacons).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; connect-src 'none'",
    },
  },
});
