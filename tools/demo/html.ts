import type { DemoData } from './pages/shared/types';

export interface PageSpec {
  /** Bundle name under /assets/, or `index` for the plain link page. */
  entry: string;
  title: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** JSON inside <script type="application/json">: no "</script>" or HTML comment can close it early. */
const scriptJson = (data: unknown) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The HTML shell of a page: its bundle, its stylesheet and the transcripts as embedded JSON. No other resource. */
export function pageHtml(page: PageSpec, data: DemoData | null): string {
  if (page.entry === 'index') return indexHtml();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${page.entry}.css">
<script type="module" src="/assets/${page.entry}.js"></script>
</head>
<body>
<script type="application/json" id="demo-data">${scriptJson(data)}</script>
</body>
</html>
`;
}

function indexHtml(): string {
  const links = [
    ['/agent/tickets/1042', 'Zendesk-like Agent Workspace (CKEditor 5)'],
    [
      '/agent/tickets/1042?variant=2026',
      'Zendesk-like, 2026 variants (notes by type="internal", aria-hidden duplicates, "show more", panes hidden by visibility, aria-current tabs)',
    ],
    [
      '/a/inbox/demo/inbox/shared/all/conversation/7001',
      'Intercom-like Inbox (ProseMirror; open over https)',
    ],
    [
      '/a/inbox/demo-2026/inbox/shared/all/conversation/7001',
      'Intercom-like Inbox, 2026 (the app in an open shadow root; open over https)',
    ],
    ...['ckeditor5', 'prosemirror', 'draftjs', 'slate', 'textarea'].map((k) => [
      `/agent/editors/${k}`,
      `Editor test page: ${k}`,
    ]),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo helpdesk</title><link rel="icon" href="data:,"></head>
<body style="font: 15px/1.5 system-ui, sans-serif; margin: 40px">
<h1>Poise demo helpdesk</h1>
<p>Query parameters: <code>?script=escalation&amp;speed=4000&amp;autoplay=1|0</code></p>
<ul>${links.map(([href, label]) => `<li><a href="${href}">${escapeHtml(label ?? '')}</a></li>`).join('')}</ul>
</body></html>
`;
}
