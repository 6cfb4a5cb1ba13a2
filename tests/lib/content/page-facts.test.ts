// @vitest-environment happy-dom
// The content script reports the page's facts and the customer's typing, and watches the typing indicator with its
// one observer: a change of the indicator is reported without reading the log again.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startRunner } from '../../../lib/content/runner';
import type { PageReport, TranscriptDelta } from '../../../lib/messaging/protocol';
import { loadFixture } from '../sites/fixture';

let controller: AbortController;
let reports: PageReport[];
let syncs: TranscriptDelta[];

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  reports = [];
  syncs = [];
  document.body.replaceWith(document.importNode(loadFixture('zendesk', 'page-facts.html').body, true));
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function start() {
  return startRunner({
    doc: document,
    win: window,
    url: () => new URL('https://acme.zendesk.com/agent/tickets/601'),
    signal: controller.signal,
    send: { report: (r) => reports.push(r), sync: (d) => syncs.push(d), draft: () => undefined },
    debounceMs: 80,
  });
}

const tick = (ms = 100) => vi.advanceTimersByTimeAsync(ms);
const indicator = () =>
  document.querySelector(
    '[data-test-id="ticket-601-standard-layout"] [data-test-id="omni-log-typing-indicator"]',
  ) as HTMLElement;

describe('the page report carries the page facts and the typing', () => {
  test('on start: the visible ticket’s requester email, subject order number, and that the customer is typing', () => {
    start();
    expect(reports[0]?.pageFacts).toEqual({ email: 'maria.keller@example.com', orderId: '48213' });
    expect(reports[0]?.customerTyping).toBe(true);
  });

  test('typing stops and starts again by an attribute: each change reported once, the log not read again', async () => {
    start();
    const syncsAtStart = syncs.length;
    indicator().hidden = true;
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(false);
    const count = reports.length;
    indicator().hidden = false;
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(true);
    expect(reports).toHaveLength(count + 1);
    expect(syncs).toHaveLength(syncsAtStart);
  });

  test('an indicator the page hides by its class or empties is watched too', async () => {
    start();
    indicator().setAttribute('aria-hidden', 'true');
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(false);
    indicator().removeAttribute('aria-hidden');
    indicator().textContent = '';
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(false);
    indicator().textContent = 'Maria Keller is typing…';
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(true);
  });

  test('the page replaces the indicator: the new one is read and watched', async () => {
    start();
    const old = indicator();
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.hidden = true;
    old.replaceWith(fresh);
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(false);
    fresh.hidden = false;
    await tick();
    expect(reports.at(-1)?.customerTyping).toBe(true);
  });
});
