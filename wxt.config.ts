import { defineConfig } from 'wxt';

/**
 * Poise's manifest. Permissions are the least the product uses (audited by tests/manifest.test.ts):
 * - storage: settings (sync), playbook and history (local), per-tab state (session)
 * - sidePanel: the agent's cockpit
 * - scripting: register the content script on helpdesks the agent enables at run time
 * - activeTab: lets the popup act on the current tab after a click
 * Host access is only for the two built-in helpdesks; anything else is an optional host permission.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Poise',
    description:
      'Spot escalation in live chat and insert the right next sentence. Everything stays in your browser.',
    permissions: ['storage', 'sidePanel', 'scripting', 'activeTab'],
    host_permissions: ['*://*.zendesk.com/*', '*://app.intercom.com/*'],
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
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  },
});
