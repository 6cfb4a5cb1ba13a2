// @vitest-environment happy-dom
// The case summary goes into the internal note or nowhere: switch, check, insert; refuse otherwise.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildReport } from '../../../lib/content/report';
import { insertAsNote } from '../../../lib/insert/note';
import type { InsertResult } from '../../../lib/messaging/protocol';
import { intercom } from '../../../lib/sites/intercom';
import { zendesk } from '../../../lib/sites/zendesk';

afterEach(() => document.body.replaceChildren());

const ZD_URL = new URL('https://acme.zendesk.com/agent/tickets/123');
const IC_URL = new URL('https://app.intercom.com/a/inbox/abc/inbox/shared/all/conversation/7');

/** A Zendesk ticket whose channel switcher opens a menu (rendered at the page's end, as a popover) on click. */
function zendeskTicket({ menuWorks = true } = {}) {
  document.body.innerHTML = `
    <div data-test-id="ticket-123-standard-layout" data-is-active="true">
      <div data-test-id="omni-log-container"></div>
      <button data-test-id="omnichannel-channel-switcher-button" data-channel="messaging" aria-label="Public reply">Public reply</button>
      <div data-test-id="omnicomposer-plain-text-ckeditor" contenteditable="true" role="textbox"></div>
    </div>`;
  const button = document.querySelector<HTMLElement>('[data-test-id="omnichannel-channel-switcher-button"]');
  button?.addEventListener('click', () => {
    setTimeout(() => {
      const item = document.createElement('div');
      item.setAttribute('data-test-id', 'omnichannel-channel-switcher-menuitem-internal');
      item.addEventListener('click', () => {
        if (!menuWorks) return;
        button.setAttribute('data-channel', 'internal');
        button.setAttribute('aria-label', 'Internal note');
        item.remove();
      });
      document.body.append(item);
    }, 30);
  });
  return button;
}

function recordingInsert() {
  const calls: { el: HTMLElement; text: string; note: boolean }[] = [];
  const insert = vi.fn(async (el: HTMLElement, text: string): Promise<InsertResult> => {
    calls.push({ el, text, note: zendesk.noteMode?.isNote(document, ZD_URL) ?? false });
    return { ok: true, strategy: 'fake' };
  });
  return { calls, insert };
}

const deps = (insert: ReturnType<typeof recordingInsert>['insert'], adapter = zendesk, url = ZD_URL) => ({
  doc: document,
  url,
  noteMode: adapter.noteMode,
  composer: () => adapter.composer(document, url),
  insert,
  timeoutMs: 300,
});

describe('Zendesk: the channel switcher', () => {
  test('is reported, so the panel may offer the note', () => {
    zendeskTicket();
    const composer = zendesk.composer(document, ZD_URL);
    const report = buildReport({
      adapter: zendesk,
      conversationKey: 'zendesk:acme:123',
      root: null,
      composer,
      doc: document,
      url: ZD_URL,
    });
    expect(report.health.note).toBe(true);
  });

  test('the summary is inserted only after the reply box shows note mode', async () => {
    const button = zendeskTicket();
    const { calls, insert } = recordingInsert();
    const result = await insertAsNote('Case summary', 'caret', deps(insert));
    expect(result).toEqual({ ok: true, strategy: 'fake' });
    expect(button?.getAttribute('data-channel')).toBe('internal');
    expect(calls).toEqual([{ el: zendesk.composer(document, ZD_URL)?.el, text: 'Case summary', note: true }]);
  });

  test('already in note mode: inserted without switching', async () => {
    const button = zendeskTicket();
    button?.setAttribute('data-channel', 'internal');
    const click = vi.fn();
    button?.addEventListener('click', click);
    const { insert } = recordingInsert();
    expect((await insertAsNote('Case summary', 'caret', deps(insert))).ok).toBe(true);
    expect(click).not.toHaveBeenCalled();
  });

  test('a switch that does not take: refused with a reason, nothing inserted', async () => {
    zendeskTicket({ menuWorks: false });
    const { calls, insert } = recordingInsert();
    const result = await insertAsNote('Case summary', 'caret', deps(insert));
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/could not switch .* internal note/);
    expect(calls).toEqual([]);
  });
});

test('a page without a note switch: no note in the report, and an insert is refused', async () => {
  document.body.innerHTML = `
    <div data-test-id="ticket-123-standard-layout" data-is-active="true">
      <div data-test-id="omnicomposer-plain-text-ckeditor" contenteditable="true" role="textbox"></div>
    </div>`;
  const composer = zendesk.composer(document, ZD_URL);
  expect(
    buildReport({ adapter: zendesk, conversationKey: 'k', root: null, composer, doc: document, url: ZD_URL })
      .health.note,
  ).toBeUndefined();
  const { calls, insert } = recordingInsert();
  const result = await insertAsNote('Case summary', 'caret', deps(insert));
  expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/no internal-note mode/) });
  expect(calls).toEqual([]);
});

test('Intercom: the Note tab is selected before the summary goes in', async () => {
  document.body.innerHTML = `
    <div data-conversation-reply-composer>
      <div role="tablist">
        <button role="tab" data-intercom-target="reply-tab" aria-selected="true">Reply</button>
        <button role="tab" data-intercom-target="note-tab" aria-selected="false">Note</button>
      </div>
      <div class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true" role="textbox"></div>
    </div>`;
  const note = document.querySelector<HTMLElement>('[data-intercom-target="note-tab"]');
  note?.addEventListener('click', () => note.setAttribute('aria-selected', 'true'));
  const seen: boolean[] = [];
  const insert = vi.fn(async (): Promise<InsertResult> => {
    seen.push(intercom.noteMode?.isNote(document) ?? false);
    return { ok: true };
  });
  expect(intercom.noteMode?.available(document)).toBe(true);
  expect((await insertAsNote('Case summary', 'caret', deps(insert, intercom, IC_URL))).ok).toBe(true);
  expect(seen).toEqual([true]);
});
