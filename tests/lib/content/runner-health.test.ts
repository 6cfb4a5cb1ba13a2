// @vitest-environment happy-dom
// The runner's report follows the log while health depends on it: Zendesk's show-more control sits inside
// the log, so when the agent loads the older comments (a change inside the log only) the report must drop
// "earlier messages not loaded", or the panel keeps saying so.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startRunner } from '../../../lib/content/runner';
import type { PageReport, TranscriptDelta } from '../../../lib/messaging/protocol';
import { EARLIER_NOT_LOADED } from '../../../lib/sites/zendesk';
import { mountFixture } from '../sites/fixture';

let controller: AbortController;
let reports: PageReport[];
let syncs: TranscriptDelta[];

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  reports = [];
  syncs = [];
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

test('"earlier messages not loaded" goes once the show-more control is gone from the log', async () => {
  const doc = mountFixture('zendesk', 'variants.html');
  startRunner({
    doc,
    win: window,
    url: () => new URL('https://acme.zendesk.com/agent/tickets/502'),
    signal: controller.signal,
    send: { report: (r) => reports.push(r), sync: (d) => syncs.push(d), draft: () => undefined },
    debounceMs: 80,
  });
  expect(reports.at(-1)?.health.matched?.earlierMessages).toBe(EARLIER_NOT_LOADED);
  const pane = doc.querySelector('[data-test-id="ticket-502-standard-layout"]');
  const log = pane?.querySelector('[data-test-id="omni-log-container"]');
  const button = log?.querySelector('[data-test-id="convolog-show-more-button"]');
  if (!log || !button) throw new Error('fixture');
  // As Zendesk does: the older comment rendered at the top, the control gone; nothing outside the log changes.
  const older = log.querySelector('article')?.cloneNode(true) as Element;
  const content = older.querySelector('[data-test-id="omni-log-message-content"]');
  if (content) content.textContent = 'An older comment, loaded now.';
  button.replaceWith(older);
  await vi.advanceTimersByTimeAsync(200);
  expect(syncs.flatMap((d) => d.upserts).map((m) => m.text)).toContain('An older comment, loaded now.');
  expect(reports.at(-1)?.health.matched).not.toHaveProperty('earlierMessages');
});
