// @vitest-environment happy-dom
// The runner on a page whose app lives in an open shadow root (Intercom 2026): a MutationObserver on the
// document sees nothing in there, so the runner observes the shadow root itself, reads only what was appended, finds
// an app that renders into a shadow root after start, and hears the agent typing in a composer inside one.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startRunner } from '../../../lib/content/runner';
import type { PageReport, TranscriptDelta } from '../../../lib/messaging/protocol';
import { type FakeFrames, installFakeFrames } from '../sites/fake-frame';
import { attachShadowTemplates, fixtureHtml } from '../sites/fixture';

const HREF = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001';
let controller: AbortController;
let reports: PageReport[];
let syncs: TranscriptDelta[];
let drafts: { conversationKey: string; text: string }[];
let fake: FakeFrames | null = null;

function show(file: string): ShadowRoot {
  const parsed = new DOMParser().parseFromString(fixtureHtml('intercom', file), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  attachShadowTemplates(document);
  const shadow = document.getElementById('teammate-app-react')?.shadowRoot;
  if (!shadow) throw new Error('no open shadow root');
  return shadow;
}

function start() {
  return startRunner({
    doc: document,
    win: window,
    url: () => new URL(HREF),
    signal: controller.signal,
    send: {
      report: (r) => reports.push(r),
      sync: (d) => syncs.push(d),
      draft: (d) => drafts.push(d),
    },
    debounceMs: 80,
    draftDebounceMs: 300,
  });
}

/** A 2026 customer part (category on the row: happy-dom has no layout for the side rule). */
function customerRow(text: string): HTMLElement {
  const row = document.createElement('div');
  row.setAttribute('data-part-group-category', '1');
  row.innerHTML =
    '<div data-intercom-target="conversation-stream-content-part"><div class="intercom-interblocks-html"><p></p></div></div>';
  const p = row.querySelector('p');
  if (p) p.textContent = text;
  return row;
}

const tick = (ms = 100) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  reports = [];
  syncs = [];
  drafts = [];
});
afterEach(() => {
  controller.abort();
  fake?.restore();
  fake = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('runner: Intercom 2026 in an open shadow root', () => {
  test('reads the conversation, then only what is appended inside the shadow root', async () => {
    const shadow = show('inbox-2026.html');
    start();
    expect(reports[0]).toMatchObject({
      siteId: 'intercom',
      conversationKey: 'intercom:abc123:7001',
      customerName: 'Robin Okafor',
      editorKind: 'prosemirror',
      health: { conversation: true, messages: true, composer: true },
    });
    expect(syncs).toHaveLength(1);
    expect(syncs[0]?.upserts).toHaveLength(7);
    shadow
      .querySelector('[data-testid="conversation-stream-scroll-container"]')
      ?.append(customerRow('Hello??'));
    await tick();
    expect(syncs).toHaveLength(2);
    expect(syncs[1]).toMatchObject({ reset: false, upserts: [{ role: 'customer', text: 'Hello??' }] });
  });

  test('a part only its side tells is read after the next frame measured it, never by forcing a layout in our task', async () => {
    const shadow = show('inbox-2026.html');
    const stream = shadow.querySelector('[data-testid="conversation-stream-scroll-container"]');
    if (!stream) throw new Error('no stream');
    // The stream spans 0–1000 px, new bubbles sit on the left (the customer's side).
    fake = installFakeFrames(window, (el) =>
      el === stream ? { left: 0, width: 1000 } : { left: 20, width: 400 },
    );
    start();
    expect(syncs).toHaveLength(1);
    await tick(); // past the first read's debounce: a change now is read one frame (16 ms) after it
    const row = customerRow('Are you there?');
    row.removeAttribute('data-part-group-category'); // 2026: nothing but the side names the customer
    stream.append(row);
    await tick(30); // read (one frame after the change) and put off: MEASURE_TIMEOUT_MS is 100
    expect(syncs).toHaveLength(1); // the read waits for the frame
    // Meanwhile the agent answers: held with the waiting read, not lost.
    const answer = customerRow('Checking now.');
    answer.setAttribute('data-part-group-category', '3');
    stream.append(answer);
    await tick(30);
    expect(syncs).toHaveLength(1);
    expect(fake.pending()).toBe(1); // the customer's bubble, observed for the next frame
    fake.frame();
    await tick(50); // the read already due (a burst is read every debounceMs) carries on
    expect(syncs).toHaveLength(2);
    expect(syncs[1]).toMatchObject({
      reset: false,
      upserts: [
        { role: 'customer', text: 'Are you there?' },
        { role: 'agent', text: 'Checking now.' },
      ],
    });
    // Every box was read inside the frame, after the browser's layout; none in a read of ours.
    expect(fake.reads.length).toBeGreaterThan(0);
    expect(fake.reads.every(Boolean)).toBe(true);
  });

  test('an app that renders into the shadow root after start is found (no light-DOM change at all)', async () => {
    const shadow = show('inbox-2026.html');
    const app = Array.from(shadow.childNodes);
    shadow.replaceChildren();
    start();
    expect(reports[0]?.health.messages).toBe(false);
    shadow.append(...app);
    await tick();
    expect(reports.at(-1)?.health).toMatchObject({ conversation: true, messages: true, composer: true });
    expect(syncs.at(-1)?.upserts).toHaveLength(7);
  });

  test("the agent's typing in the shadow-root composer is heard (the event's composed path, not its host)", async () => {
    const shadow = show('inbox-2026.html');
    start();
    await tick(400);
    const editor = shadow.querySelector<HTMLElement>('.ProseMirror');
    const p = editor?.querySelector('p');
    if (!editor || !p) throw new Error('no editor');
    p.textContent = 'Hi Robin';
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await tick(400);
    expect(drafts.at(-1)).toEqual({ conversationKey: 'intercom:abc123:7001', text: 'Hi Robin' });
  });

  test('a closed root: the report carries the reason, and no message is sent', () => {
    const parsed = new DOMParser().parseFromString(
      fixtureHtml('intercom', 'inbox-2026-closed.html'),
      'text/html',
    );
    document.body.replaceWith(document.importNode(parsed.body, true));
    attachShadowTemplates(document);
    start();
    expect(reports[0]?.health.messages).toBe(false);
    expect(reports[0]?.health.matched?.closedShadowRoot).toMatch(/closed shadow root/);
    expect(syncs.flatMap((d) => d.upserts)).toHaveLength(0);
  });
});
