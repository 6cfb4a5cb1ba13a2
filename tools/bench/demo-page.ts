/**
 * `--page zendesk|zendesk-2026|intercom|intercom-2026` for the in-browser benches (bench:page, bench:e2e): which demo helpdesk page
 * they measure (issue 11: the 2026 Intercom inbox, its app in an open shadow root, has the same budgets).
 */
import type { DemoServer } from '../demo/server';

export const DEMO_PAGES = {
  zendesk: (urls: DemoServer['urls']) => urls.zendesk,
  // The Zendesk variants of issue 11 (notes by type="internal", aria-hidden duplicates, show more, panes hidden by
  // visibility, aria-current tabs): tools/demo/pages/zendesk/log.ts `Variant`.
  'zendesk-2026': (urls: DemoServer['urls']) => `${urls.zendesk}?variant=2026`,
  intercom: (urls: DemoServer['urls']) => urls.intercom,
  'intercom-2026': (urls: DemoServer['urls']) => urls.intercom2026,
} as const;
export type DemoPage = keyof typeof DEMO_PAGES;

/** The page named by `--page` (default zendesk); throws on an unknown name. */
export function demoPageArg(argv: readonly string[] = process.argv): DemoPage {
  const i = argv.indexOf('--page');
  const name = i >= 0 ? argv[i + 1] : 'zendesk';
  if (!name || !(name in DEMO_PAGES)) {
    throw new Error(`--page takes one of: ${Object.keys(DEMO_PAGES).join(', ')}`);
  }
  return name as DemoPage;
}

/** The page's URL on this server, with the scripted customer paused. */
export function demoPageUrl(urls: DemoServer['urls'], page: DemoPage): string {
  const url = new URL(DEMO_PAGES[page](urls));
  url.searchParams.set('autoplay', '0');
  return url.href;
}
