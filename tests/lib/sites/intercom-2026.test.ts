// @vitest-environment happy-dom
// Intercom's 2026 inbox: the app inside the open shadow root of #teammate-app-react, content parts
// without groups or alignment classes, roles by category, admin marker or the bubble's side; and the same page with
// a CLOSED root, which must be reported, not read as an empty chat.
import { describe, expect, test } from 'vitest';
import { pickAdapter } from '../../../lib/sites/index';
import { intercom, selectors } from '../../../lib/sites/intercom';
import { loadFixture } from './fixture';

const URL_7001 = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001');

describe('intercom 2026: the app in an open shadow root', () => {
  const doc = loadFixture('intercom', 'inbox-2026.html');
  const root = intercom.logRoot(doc);
  const messages = root ? intercom.readMessages(root) : [];

  test('the page has nothing in its light DOM; the adapter finds the stream inside the shadow root', () => {
    expect(doc.querySelector(selectors.stream.join(', '))).toBeNull();
    expect(pickAdapter(URL_7001, doc)).toBe(intercom);
    expect(root?.getRootNode()).toBe(doc.getElementById('teammate-app-react')?.shadowRoot);
    expect(intercom.conversationKey(doc, URL_7001)).toBe('intercom:abc123:7001');
    expect(intercom.customerName(doc)).toBe('Robin Okafor');
  });

  test('roles: category when present, else the admin marker; the note is internal, never customer', () => {
    expect(messages.map((m) => [m.role, m.author ?? null, m.text])).toEqual([
      ['customer', null, 'Since the update the export button does nothing.'],
      ['customer', null, 'I have a board meeting in an hour!!'],
      ['bot', null, "I'm passing you to the team now."],
      ['agent', 'Jo Teammate', 'Sorry about that & thanks for waiting, looking now.'],
      ['internal', 'Jo Teammate', 'Customer is furious, escalate to engineering.'],
      ['customer', null, 'This is unacceptable.\nFix it today.'],
      ['agent', 'Sam Lead', 'Found it: a fix is rolling out within the hour.'],
    ]);
    expect(messages[0]?.at).toBe('2026-12-01T09:00:05Z');
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  });

  test('a note without a note label still reads as the teammate who wrote it, not as the customer', () => {
    const copy = loadFixture('intercom', 'inbox-2026.html');
    const shadow = copy.getElementById('teammate-app-react')?.shadowRoot;
    shadow?.querySelector('.inbox-2__note-label')?.remove();
    const stream = intercom.logRoot(copy);
    const note = (stream ? intercom.readMessages(stream) : []).find((m) => /furious/.test(m.text));
    expect(note?.role).toBe('agent');
  });

  test('ProseMirror composer inside the shadow root; health names what matched', () => {
    const composer = intercom.composer(doc);
    expect(composer?.kind).toBe('prosemirror');
    expect(composer?.el.getRootNode()).not.toBe(doc);
    expect(intercom.health(doc, URL_7001)).toEqual({
      conversation: 'url',
      log: selectors.stream[0],
      messages: '[data-intercom-target="conversation-stream-content-part"]',
      composer: selectors.composer[0],
    });
  });
});

describe('intercom 2026: the bubble side decides when nothing else does', () => {
  /** A 2026 part without category or admin marker, its bubble at `left`..`left+width` of a 1000 px stream. */
  function partAt(left: number, width: number): { doc: Document; stream: Element } {
    const doc = loadFixture('intercom', 'inbox-2026.html');
    const stream = intercom.logRoot(doc);
    if (!stream) throw new Error('no stream');
    const part = stream.querySelector('[data-intercom-target="conversation-stream-content-part"]');
    part?.closest('[data-part-group-category]')?.removeAttribute('data-part-group-category');
    const body = part?.querySelector('.intercom-interblocks-html');
    const rect = (x: number, w: number) => () => DOMRect.fromRect({ x, y: 0, width: w, height: 40 });
    Object.assign(stream, { getBoundingClientRect: rect(100, 1000) });
    if (body) Object.assign(body, { getBoundingClientRect: rect(left, width) });
    return { doc, stream };
  }

  test.each([
    ['left of the centre: the customer', 120, 400, 'customer'],
    ['right of the centre: a teammate', 680, 400, 'agent'],
    ['centred (a system line): undecided', 400, 400, 'unknown'],
    ['no layout (a background tab): undecided', 0, 0, 'unknown'],
  ])('%s', (_name, left, width, role) => {
    const { stream } = partAt(left, width);
    expect(intercom.readMessages(stream)[0]?.role).toBe(role);
  });
});

describe('intercom 2026: the app in a CLOSED shadow root', () => {
  const doc = loadFixture('intercom', 'inbox-2026-closed.html');

  test('nothing is read, and health says why instead of going quiet', () => {
    expect(doc.getElementById('teammate-app-react')?.shadowRoot).toBeNull();
    const adapter = pickAdapter(URL_7001, doc);
    expect(adapter).toBe(intercom);
    expect(adapter.logRoot(doc)).toBeNull();
    const health = adapter.health(doc, URL_7001);
    expect(health).toMatchObject({ log: null, messages: null, composer: null });
    expect(health.closedShadowRoot).toMatch(/closed shadow root \(<div#teammate-app-react>\)/);
  });

  test('an open root, or an app still rendering into light children, is not reported as closed', () => {
    expect(intercom.health(loadFixture('intercom', 'inbox-2026.html'), URL_7001)).not.toHaveProperty(
      'closedShadowRoot',
    );
    const loading = loadFixture('intercom', 'inbox-2026-closed.html');
    loading.getElementById('teammate-app-react')?.append(loading.createElement('p'));
    expect(intercom.health(loading, URL_7001)).not.toHaveProperty('closedShadowRoot');
  });
});
