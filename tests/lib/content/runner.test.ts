// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type RunnerDeps, startRunner } from '../../../lib/content/runner';
import { READ_PACE } from '../../../lib/content/watched-logs';
import type { PageReport, TranscriptDelta } from '../../../lib/messaging/protocol';
import type { SiteAdapter } from '../../../lib/sites/types';
import { zendesk } from '../../../lib/sites/zendesk';
import { countingFold } from '../sites/counting-fold';
import { loadFixture } from '../sites/fixture';

let controller: AbortController;
let href: string;
let reports: PageReport[];
let syncs: TranscriptDelta[];
let drafts: { conversationKey: string; text: string }[];
/** What WXT's ctx.addEventListener(window, 'wxt:locationchange') would call on a same-document URL change. */
let locationChanged: () => void;

/** Put a fixture's body into the live document (the runner observes the real one). */
function show(site: string, file: string): void {
  document.body.replaceWith(document.importNode(loadFixture(site, file).body, true));
}

function start(extra: Partial<RunnerDeps> = {}) {
  return startRunner({
    doc: document,
    win: window,
    url: () => new URL(href),
    signal: controller.signal,
    send: {
      report: (r) => reports.push(r),
      sync: (d) => syncs.push(d),
      draft: (d) => drafts.push(d),
    },
    debounceMs: 80,
    draftDebounceMs: 300,
    onLocationChange: (listener) => {
      locationChanged = listener;
    },
    ...extra,
  });
}

const tick = (ms = 100) => vi.advanceTimersByTimeAsync(ms);
const activeLog = () =>
  document.querySelector('[data-is-active="true"] [data-test-id="omni-log-container"]') as HTMLElement;

function customerArticle(text: string, at: string): HTMLElement {
  const a = document.createElement('article');
  a.setAttribute('data-test-id', 'omni-log-comment-item');
  a.innerHTML = `<span data-test-id="omni-log-item-sender"><strong>Marta Quill</strong></span><time data-test-id="timestamp-relative" datetime="${at}"></time><div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"></div></div>`;
  const content = a.querySelector('[data-test-id="omni-log-message-content"]');
  if (content) content.textContent = text;
  return a;
}

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  href = 'https://acme.zendesk.com/agent/tickets/123';
  reports = [];
  syncs = [];
  drafts = [];
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('start', () => {
  test('reports health and sends the whole conversation once, with reset', () => {
    show('zendesk', 'several-tickets.html');
    const runner = start();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      siteId: 'zendesk',
      conversationKey: 'zendesk:acme.zendesk.com:123',
      customerName: 'Marta Quill',
      editorKind: 'ckeditor5',
      health: { conversation: true, messages: true, composer: true },
    });
    expect(syncs).toHaveLength(1);
    expect(syncs[0]?.reset).toBe(true);
    expect(syncs[0]?.upserts).toHaveLength(8);
    expect(runner.status()).toEqual({ siteId: 'zendesk', conversationKey: 'zendesk:acme.zendesk.com:123' });
  });
});

describe('deltas', () => {
  test('only new or edited messages travel, debounced', async () => {
    show('zendesk', 'several-tickets.html');
    start();
    const firstKeys = syncs[0]?.upserts.map((m) => m.key) ?? [];
    syncs.length = 0;
    activeLog().append(customerArticle('Hello??', '2025-03-04T12:05:00Z'));
    activeLog().append(customerArticle('Anyone?', '2025-03-04T12:05:30Z'));
    await tick(50);
    expect(syncs).toHaveLength(0);
    await tick(50);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ reset: false, conversationKey: 'zendesk:acme.zendesk.com:123' });
    expect(syncs[0]?.upserts.map((m) => m.text)).toEqual(['Hello??', 'Anyone?']);

    const content = activeLog().querySelectorAll('[data-test-id="omni-log-message-content"]')[1];
    if (content) content.textContent = 'My router drops every evening (edited)';
    await tick();
    expect(syncs).toHaveLength(2);
    expect(syncs[1]?.upserts.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'My router drops every evening (edited)'],
    ]);
    expect(syncs[1]?.upserts[0]?.key).toBe(firstKeys[1]); // an edit keeps the message's key

    // A mutation that changes no message sends nothing.
    activeLog().append(document.createComment('re-render'));
    await tick();
    expect(syncs).toHaveLength(2);
    expect(reports).toHaveLength(1);
  });

  test('a re-created log container is found again; unchanged messages do not travel twice', async () => {
    show('zendesk', 'several-tickets.html');
    start();
    syncs.length = 0;
    const old = activeLog();
    const copy = old.cloneNode(true) as HTMLElement;
    copy.append(customerArticle('after re-render', '2025-03-04T12:09:00Z'));
    old.replaceWith(copy);
    await tick();
    expect(syncs.map((s) => s.upserts.map((m) => m.text))).toEqual([['after re-render']]);
    copy.append(customerArticle('and another', '2025-03-04T12:10:00Z'));
    await tick();
    expect(syncs).toHaveLength(2);
  });
});

describe('reading a long log', () => {
  /** Zendesk, counting how often the runner looks the page over and how many log items it reads. */
  function countingZendesk() {
    const counting = countingFold(zendesk.log);
    const calls = {
      lookups: 0,
      get items() {
        return counting.steps();
      },
    };
    const adapter: SiteAdapter = {
      ...zendesk,
      conversationKey(doc, url) {
        calls.lookups++;
        return zendesk.conversationKey(doc, url);
      },
      log: counting.fold,
    };
    return { adapter, calls };
  }

  test('a new message reads only the log, and only the new item; a switch looks the page over again', async () => {
    show('zendesk', 'several-tickets.html');
    const { adapter, calls } = countingZendesk();
    start({ pick: () => adapter });
    expect(calls.items).toBe(8);
    const lookups = calls.lookups;
    syncs.length = 0;
    activeLog().append(customerArticle('Hello? Anyone there?', '2025-03-04T12:08:00Z'));
    await tick();
    expect(syncs.map((d) => d.upserts.map((m) => m.text))).toEqual([['Hello? Anyone there?']]);
    expect(calls.items).toBe(9);
    expect(calls.lookups).toBe(lookups);
    // An edit: the log is read again in full (and only the edited message travels).
    const content = activeLog().querySelector('[data-test-id="omni-log-message-content"]');
    if (content) content.textContent = 'Hello! (edited)';
    await tick();
    expect(calls.items).toBe(18);
    expect(syncs.at(-1)?.upserts.map((m) => m.text)).toEqual(['Hello! (edited)']);
    expect(calls.lookups).toBe(lookups);
    // Outside the log: the active ticket changes, so the runner looks for everything again.
    document
      .querySelector('[data-test-id="ticket-123-standard-layout"]')
      ?.setAttribute('data-is-active', 'false');
    await tick();
    expect(calls.lookups).toBeGreaterThan(lookups);
  });

  test('a long log is read in chunks, each in a task of its own, and sent once, when the read is through', async () => {
    show('zendesk', 'several-tickets.html');
    const extra = Array.from({ length: 2500 }, (_, i) =>
      customerArticle(`Message ${i}`, new Date(Date.UTC(2025, 2, 5, 0, 0, i)).toISOString()),
    );
    activeLog().append(...extra);
    const { adapter, calls } = countingZendesk();
    start({ pick: () => adapter });
    expect(calls.items).toBe(READ_PACE.chunk);
    expect(syncs).toEqual([]);
    // Each further chunk is read by a timer of its own, sized to the time the previous chunk took.
    for (let i = 0; i < 200 && syncs.length === 0; i++) await tick(1);
    expect(calls.items).toBe(2508);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]?.reset).toBe(true);
    expect(syncs[0]?.upserts.map((m) => m.text).slice(8)).toEqual(extra.map((_, i) => `Message ${i}`));
  });

  test('back to a ticket read before: only what changed there meanwhile is read, and all of it is sent', async () => {
    show('zendesk', 'several-tickets.html');
    const { adapter, calls } = countingZendesk();
    start({ pick: () => adapter });
    const layout = (id: string) => document.querySelector(`[data-test-id="ticket-${id}-standard-layout"]`);
    const activate = async (on: string, off: string) => {
      href = `https://acme.zendesk.com/agent/tickets/${on}`; // Zendesk names the ticket in the URL (read first)
      layout(off)?.setAttribute('data-is-active', 'false');
      layout(off)?.setAttribute('hidden', '');
      layout(on)?.removeAttribute('hidden');
      layout(on)?.setAttribute('data-is-active', 'true');
      await tick();
    };
    const log123 = activeLog();
    await activate('77', '123');
    expect(calls.items).toBe(8 + 4);
    // A message arrives in the ticket the agent left, which stays mounted.
    log123.append(customerArticle('Are you still there?', '2025-03-04T12:20:00Z'));
    await tick();
    expect(syncs.at(-1)?.conversationKey).toBe('zendesk:acme.zendesk.com:77');
    syncs.length = 0;
    await activate('123', '77');
    expect(calls.items).toBe(8 + 4 + 1);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ reset: true, conversationKey: 'zendesk:acme.zendesk.com:123' });
    expect(syncs[0]?.upserts.map((m) => m.text).at(-1)).toBe('Are you still there?');
    expect(syncs[0]?.upserts).toHaveLength(9);
  });
});

describe('conversation switch', () => {
  test('moving the active ticket resets and sends the other ticket', async () => {
    show('zendesk', 'several-tickets.html');
    const runner = start();
    syncs.length = 0;
    const layout = (id: string) => document.querySelector(`[data-test-id="ticket-${id}-standard-layout"]`);
    href = 'https://acme.zendesk.com/agent/tickets/77'; // the URL moves with the ticket (and is read first)
    layout('123')?.setAttribute('data-is-active', 'false');
    layout('123')?.setAttribute('hidden', '');
    layout('77')?.removeAttribute('hidden');
    layout('77')?.setAttribute('data-is-active', 'true');
    await tick();
    expect(syncs).toHaveLength(1);
    expect(syncs[0]).toMatchObject({ reset: true, conversationKey: 'zendesk:acme.zendesk.com:77' });
    expect(syncs[0]?.upserts).toHaveLength(4);
    expect(reports.at(-1)?.conversationKey).toBe('zendesk:acme.zendesk.com:77');
    expect(runner.status().conversationKey).toBe('zendesk:acme.zendesk.com:77');
  });

  test('a message after a quiet spell is read within a frame; a burst is read once per debounce', async () => {
    show('zendesk', 'several-tickets.html');
    start();
    await tick(500); // quiet
    const before = syncs.length;
    activeLog().append(customerArticle('Hello? Anyone there?', '2025-03-04T12:08:00Z'));
    await tick(20);
    expect(syncs.length).toBe(before + 1);
    // A burst right after: not read again until the debounce since the last read has passed.
    activeLog().append(customerArticle('Still waiting.', '2025-03-04T12:08:05Z'));
    await tick(20);
    expect(syncs.length).toBe(before + 1);
    await tick(60);
    expect(syncs.length).toBe(before + 2);
  });

  test('a page change is read within 100 ms, whatever debounce is asked for', async () => {
    show('zendesk', 'several-tickets.html');
    start({ debounceMs: 500 });
    const before = syncs.length;
    activeLog().append(customerArticle('Are you there?', '2025-03-04T12:09:00Z'));
    await tick(100);
    expect(syncs.length).toBe(before + 1);
    expect(syncs.at(-1)?.upserts.map((m) => m.text)).toEqual(['Are you there?']);
  });

  test('SPA navigation (a same-document URL change) to another Intercom conversation', async () => {
    href = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001';
    show('intercom', 'conversation.html');
    start();
    expect(syncs[0]).toMatchObject({ reset: true, conversationKey: 'intercom:abc123:7001' });
    href = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7002';
    show('intercom', 'switched.html');
    locationChanged();
    await tick();
    expect(syncs.at(-1)).toMatchObject({ reset: true, conversationKey: 'intercom:abc123:7002' });
    expect(syncs.at(-1)?.upserts.map((m) => m.text)).toEqual([
      'Can I export my data as CSV?',
      'Yes, from Settings, then Export.',
    ]);
    expect(reports.at(-1)?.customerName).toBe('Priya Nandan');
  });

  test('popstate back to the first conversation starts it afresh', async () => {
    href = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7002';
    show('intercom', 'switched.html');
    start();
    href = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001';
    show('intercom', 'conversation.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(syncs.at(-1)).toMatchObject({ reset: true, conversationKey: 'intercom:abc123:7001' });
    expect(syncs.at(-1)?.upserts).toHaveLength(9);
  });
});

describe('health', () => {
  test('container absent: says so, then finds it when the app renders it', async () => {
    href = 'https://acme.zendesk.com/agent/tickets/555';
    show('zendesk', 'no-log.html');
    start();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      siteId: 'zendesk',
      conversationKey: 'zendesk:acme.zendesk.com:555',
      health: { conversation: true, messages: false, composer: false },
    });
    expect(syncs).toEqual([{ conversationKey: 'zendesk:acme.zendesk.com:555', upserts: [], reset: true }]);
    const log = document.createElement('div');
    log.setAttribute('data-test-id', 'omni-log-container');
    log.append(customerArticle('finally loaded', '2025-05-01T08:00:00Z'));
    document.querySelector('[data-is-active="true"]')?.append(log);
    await tick();
    expect(reports).toHaveLength(2);
    expect(reports[1]?.health).toMatchObject({ conversation: true, messages: true, composer: false });
    expect(syncs.at(-1)).toMatchObject({ reset: false });
    expect(syncs.at(-1)?.upserts.map((m) => m.text)).toEqual(['finally loaded']);
  });

  test('a page with nothing chat-like: generic adapter, nothing found, no transcript', () => {
    href = 'https://example.org/blog';
    document.body.innerHTML = '<p>Just an article.</p>';
    start();
    expect(reports).toEqual([
      expect.objectContaining({
        siteId: 'generic',
        conversationKey: null,
        health: expect.objectContaining({ conversation: false, messages: false, composer: false }),
      }),
    ]);
    expect(syncs).toEqual([]);
  });
});

describe('draft', () => {
  test('typing is sent once, debounced, with the last text', async () => {
    show('generic', 'structure.html');
    href = 'https://desk.example.net/c/9';
    start();
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    for (const text of ['I', 'I am', 'I am sorry']) {
      ta.value = text;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(100);
    }
    expect(drafts).toEqual([]);
    await tick(300);
    expect(drafts).toEqual([{ conversationKey: 'generic:https://desk.example.net/c/9', text: 'I am sorry' }]);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await tick(400);
    expect(drafts).toHaveLength(1); // unchanged text is not sent again
  });

  test('editor model changes without input events (CKEditor renders its model) are seen too', async () => {
    show('zendesk', 'several-tickets.html');
    start();
    await tick(400);
    const before = drafts.length;
    const editable = document.querySelector(
      '[data-is-active="true"] [data-test-id="omnicomposer-plain-text-ckeditor"]',
    ) as HTMLElement;
    editable.innerHTML = '<p>This is taking</p><p>too long</p>';
    await tick(400);
    expect(drafts.slice(before)).toEqual([
      { conversationKey: 'zendesk:acme.zendesk.com:123', text: 'This is taking\ntoo long' },
    ]);
    expect(syncs).toHaveLength(1); // a draft is not a message
  });
});

describe('stop', () => {
  test('abort removes observer, listeners and timers: nothing travels afterwards', async () => {
    show('zendesk', 'several-tickets.html');
    start();
    activeLog().append(customerArticle('pending', '2025-03-04T12:06:00Z'));
    await Promise.resolve();
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    const counts = [reports.length, syncs.length, drafts.length];
    activeLog().append(customerArticle('after stop', '2025-03-04T12:07:00Z'));
    locationChanged();
    window.dispatchEvent(new PopStateEvent('popstate'));
    document
      .querySelector('[data-is-active="true"] [contenteditable]')
      ?.dispatchEvent(new Event('input', { bubbles: true }));
    await tick(1000);
    expect([reports.length, syncs.length, drafts.length]).toEqual(counts);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('stop() does the same, and insert then refuses politely', async () => {
    show('zendesk', 'several-tickets.html');
    const runner = start();
    runner.stop();
    activeLog().append(customerArticle('after stop', '2025-03-04T12:07:00Z'));
    await tick(500);
    expect(syncs).toHaveLength(1);
    expect(await runner.insert('hi', 'caret')).toMatchObject({ ok: false });
  });

  test('an already aborted signal starts nothing', () => {
    show('zendesk', 'several-tickets.html');
    controller.abort();
    start();
    expect([reports, syncs]).toEqual([[], []]);
  });
});

describe('insert', () => {
  test('inserts into the active composer with its editor kind', async () => {
    show('zendesk', 'several-tickets.html');
    const insert = vi.fn(async () => ({ ok: true, strategy: 'paste' }));
    const runner = start({ insert });
    expect(await runner.insert('Sorry about this.', 'replace')).toEqual({ ok: true, strategy: 'paste' });
    expect(insert).toHaveBeenCalledWith(
      document.querySelector('[data-is-active="true"] [data-test-id="omnicomposer-plain-text-ckeditor"]'),
      'Sorry about this.',
      { mode: 'replace', kind: 'ckeditor5' },
    );
  });

  test('no composer: ok false with a reason (the panel offers Copy)', async () => {
    href = 'https://acme.zendesk.com/agent/tickets/555';
    show('zendesk', 'no-log.html');
    const runner = start({ insert: vi.fn() });
    expect(await runner.insert('x', 'caret')).toEqual({
      ok: false,
      reason: 'No reply box found on this page.',
    });
  });

  test('end to end in happy-dom: a textarea composer takes the text', async () => {
    href = 'https://desk.example.net/c/9';
    show('generic', 'structure.html');
    const runner = start();
    const done = runner.insert('Thanks for waiting.', 'replace');
    await tick(200);
    expect(await done).toEqual({ ok: true, strategy: 'native-setter' });
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Thanks for waiting.');
    await tick(400);
    expect(drafts.at(-1)?.text).toBe('Thanks for waiting.');
  });
});
