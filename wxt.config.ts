import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
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
 *
 * One codebase, two packages (docs/browsers.md): `wxt build` is Chrome's, which Edge runs unchanged;
 * `wxt build -b firefox` is Firefox's MV3 package, where WXT turns the side panel into `sidebar_action` and the service
 * worker into a background script. The few API differences live in lib/browser-surface.ts.
 */
const OUT_DIR = process.env.POISE_OUT_DIR ?? '.output';
/** Firefox's add-on id, stable across versions: policies (docs/policies) and storage are keyed on it. */
const GECKO_ID = 'poise@poise.example';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // POISE_OUT_DIR lets two builds (say, two worktrees' tests) run side by side; tools/browser/paths.ts reads the same.
  outDir: OUT_DIR,
  // MV3 for every browser, Firefox included (WXT would otherwise build Firefox as MV2).
  manifestVersion: 3,
  // `npm run zip`: every store package and the sources zip Mozilla's review asks for, in one folder.
  zip: {
    artifactTemplate: 'packages/{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'packages/{{name}}-{{version}}-sources.zip',
    // What a reviewer needs to rebuild the Firefox package with `npm ci && npx wxt build -b firefox` (docs/browsers.md).
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'docs/**',
      'wxt.config.ts',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
      'README.md',
    ],
  },
  hooks: {
    // WXT creates the output folder but not the packages/ folder the templates above name.
    'zip:extension:start': () =>
      mkdir(resolve(OUT_DIR, 'packages'), { recursive: true }).then(() => undefined),
  },
  manifest: ({ browser }) => ({
    name: 'Poise',
    description:
      'Spot escalation in live chat and insert the right next sentence. Everything stays in your browser.',
    // Firefox has no side panel API: its sidebar comes from `sidebar_action` and needs no permission.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'scripting', 'activeTab'],
    host_permissions: [...BUILT_IN_MATCHES],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Poise' },
    // The team playbook an administrator may push through managed storage (read-only for the agent).
    storage: { managed_schema: 'managed-schema.json' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: browser === 'firefox' ? 'Open the Poise sidebar' : 'Open the Poise side panel',
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
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first ESR with the built-in data consent below; every API Poise uses is older (MV3 action,
          // scripting, storage.session, sidebarAction).
          strict_min_version: '140.0',
          // Nothing leaves the browser, declared to Mozilla's install prompt as well.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
