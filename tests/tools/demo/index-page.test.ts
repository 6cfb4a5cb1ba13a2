// The demo helpdesk's index page links every page the benches and end-to-end tests use, the 2026 generations included
// (the Intercom inbox in a shadow root, the Zendesk variants).
import { expect, test } from 'vitest';
import { pageHtml } from '../../../tools/demo/html';
import { INTERCOM_2026_APP } from '../../../tools/demo/server';

test('the index links the 2025 and 2026 pages of both helpdesks', () => {
  const html = pageHtml({ entry: 'index', title: 'Demo helpdesk' }, null);
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  expect(hrefs).toEqual(
    expect.arrayContaining([
      '/agent/tickets/1042',
      '/agent/tickets/1042?variant=2026',
      '/a/inbox/demo/inbox/shared/all/conversation/7001',
      `/a/inbox/${INTERCOM_2026_APP}/inbox/shared/all/conversation/7001`,
    ]),
  );
});
