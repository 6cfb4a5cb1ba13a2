/**
 * The command line the in-browser benches (bench:page, bench:e2e) share: `--page` names the demo helpdesk page they
 * measure, `--build` rebuilds Poise first (otherwise only a missing build is built).
 */
import type { DemoServer } from '../demo/server';

const DEMO_PAGES = {
  zendesk: (urls: DemoServer['urls']) => urls.zendesk,
  // The 2026 generation of Zendesk's agent workspace (internal notes marked by type, hidden duplicates, "show more",
  // hidden panes): the same budgets hold there.
  'zendesk-2026': (urls: DemoServer['urls']) => `${urls.zendesk}?variant=2026`,
  intercom: (urls: DemoServer['urls']) => urls.intercom,
  // The 2026 Intercom inbox, its app in an open shadow root.
  'intercom-2026': (urls: DemoServer['urls']) => urls.intercom2026,
} as const;
type DemoPage = keyof typeof DEMO_PAGES;

/** `zendesk|zendesk-2026|intercom|intercom-2026`, for the error message. */
const DEMO_PAGE_NAMES = Object.keys(DEMO_PAGES).join('|');

/** The page named by `--page` (default zendesk); throws on an unknown name. */
export function demoPageArg(argv: readonly string[] = process.argv): DemoPage {
  const i = argv.indexOf('--page');
  const name = i >= 0 ? argv[i + 1] : 'zendesk';
  if (!name || !(name in DEMO_PAGES)) throw new Error(`--page takes one of: ${DEMO_PAGE_NAMES}`);
  return name as DemoPage;
}

/** What the agent clicks on each page to open another chat: Zendesk's ticket tabs, Intercom's inbox list. */
export const CHAT_TABS: Record<DemoPage, string> = {
  zendesk: '[data-test-id="header-tab"]',
  'zendesk-2026': '[data-test-id="header-tab"]',
  intercom: '[data-conversation-id]',
  'intercom-2026': '[data-conversation-id]',
};

/** The page's URL on this server, with the scripted customer paused. */
export function demoPageUrl(urls: DemoServer['urls'], page: DemoPage): string {
  const url = new URL(DEMO_PAGES[page](urls));
  url.searchParams.set('autoplay', '0');
  return url.href;
}

/** `--build` rebuilds; otherwise the benches measure the existing build and build only when there is none. */
export const benchBuild = (argv: readonly string[] = process.argv) =>
  argv.includes('--build') ? ('always' as const) : ('if-missing' as const);
