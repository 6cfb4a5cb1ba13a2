// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { intercom, selectors } from '../../../lib/sites/intercom';
import { loadFixture } from './fixture';

const URL_7001 = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001');

describe('intercom: a conversation', () => {
  const doc = loadFixture('intercom', 'conversation.html');
  const root = intercom.logRoot(doc);
  const messages = root ? intercom.readMessages(root) : [];

  test('conversation key from the URL, stream found', () => {
    expect(intercom.detect(doc)).toBe(true);
    expect(intercom.conversationKey(doc, URL_7001)).toBe('intercom:abc123:7001');
    expect(root?.getAttribute('data-testid')).toBe('conversation-stream-scroll-container');
  });

  test('part-group categories map to roles; notes are internal, bots and system apart', () => {
    expect(messages.map((m) => [m.key, m.role])).toEqual([
      ['ic:p1', 'customer'],
      ['ic:p2', 'customer'],
      ['ic:p3', 'bot'],
      ['ic:p4', 'system'],
      ['ic:p5', 'agent'],
      ['ic:p6', 'internal'],
      ['ic:p7', 'customer'],
      ['ic:p8', 'customer'],
      ['ic:p9', 'agent'], // no category: justify-end alignment
    ]);
  });

  test('text from the message body, lines kept, entities decoded, labels and times left out', () => {
    expect(messages[1]?.text).toBe('Invoice\nINV-2291');
    expect(messages[4]?.text).toBe('Sorry about that & thanks for the invoice number, let me check.');
    expect(messages[5]?.text).toBe('Customer is angry, double charge confirmed. Refund pending.');
    expect(messages[0]).toMatchObject({ author: 'Casey Lund', at: '2025-03-04T12:01:10Z' });
    expect(messages[4]?.author).toBe('Jo Teammate');
  });

  test('customer name, ProseMirror composer, health', () => {
    expect(intercom.customerName(doc)).toBe('Casey Lund');
    expect(intercom.composer(doc)?.kind).toBe('prosemirror');
    expect(intercom.health(doc, URL_7001)).toEqual({
      conversation: 'url',
      log: selectors.stream[0],
      messages: selectors.group[0],
      composer: selectors.composer[0],
    });
  });

  test('without an id in the URL the header title keys the conversation', () => {
    const url = new URL('https://app.intercom.com/a/inbox/abc123/inbox/search');
    const key = intercom.conversationKey(doc, url);
    expect(key).toMatch(/^intercom:title:/);
    expect(intercom.conversationKey(loadFixture('intercom', 'switched.html'), url)).not.toBe(key);
  });
});

describe('intercom: conversation switch and absent stream', () => {
  test('the switched page reads the new conversation only', () => {
    const doc = loadFixture('intercom', 'switched.html');
    const url = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7002');
    expect(intercom.conversationKey(doc, url)).toBe('intercom:abc123:7002');
    const root = intercom.logRoot(doc);
    expect(root && intercom.readMessages(root).map((m) => [m.role, m.text])).toEqual([
      ['customer', 'Can I export my data as CSV?'],
      ['agent', 'Yes, from Settings, then Export.'],
    ]);
    expect(intercom.customerName(doc)).toBe('Priya Nandan');
  });

  test('inbox list without a conversation: nothing found, health says so', () => {
    const doc = loadFixture('intercom', 'no-stream.html');
    const url = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all');
    expect(intercom.detect(doc)).toBe(false);
    expect(intercom.conversationKey(doc, url)).toBeNull();
    expect(intercom.logRoot(doc)).toBeNull();
    expect(intercom.composer(doc)).toBeNull();
    expect(intercom.health(doc, url)).toEqual({
      conversation: null,
      log: null,
      messages: null,
      composer: null,
    });
  });

  test('long history: 300 parts in 100 groups, re-read equal after a new part', () => {
    const doc = loadFixture('intercom', 'switched.html');
    const stream = intercom.logRoot(doc);
    if (!stream) throw new Error('no stream');
    stream.replaceChildren();
    for (let g = 0; g < 100; g++) {
      const group = doc.createElement('div');
      group.setAttribute('data-part-group-id', `g${g}`);
      group.setAttribute('data-part-group-category', g % 2 ? '3' : '1');
      for (let p = 0; p < 3; p++) {
        const part = doc.createElement('div');
        part.setAttribute('data-part-id', `p${g}-${p}`);
        part.innerHTML = `<div class="interblocks-html"><p>part ${g * 3 + p}</p></div>`;
        group.append(part);
      }
      stream.append(group);
    }
    const first = intercom.readMessages(stream);
    expect(first).toHaveLength(300);
    expect(first[299]).toMatchObject({ key: 'ic:p99-2', role: 'agent', text: 'part 299' });
    const extra = doc.createElement('div');
    extra.setAttribute('data-part-id', 'p99-3');
    extra.textContent = 'one more';
    stream.lastElementChild?.append(extra);
    const second = intercom.readMessages(stream);
    expect(second.slice(0, 300)).toEqual(first);
    expect(second[300]).toMatchObject({ key: 'ic:p99-3', text: 'one more', role: 'agent' });
  });
});

describe('intercom: a part id shown twice (regression, found by fuzz.test.ts)', () => {
  test('two parts under one data-part-id stay two messages with distinct, stable keys', () => {
    const doc = loadFixture('intercom', 'switched.html');
    const part = doc.querySelector('[data-part-id="p21"]');
    const copy = part?.cloneNode(true) as Element;
    copy.querySelector('p')?.replaceChildren('A second message under the same id');
    part?.after(copy);
    const root = intercom.logRoot(doc);
    const messages = root ? intercom.readMessages(root) : [];
    expect(messages.map((m) => [m.key, m.text])).toEqual([
      ['ic:p21', 'Can I export my data as CSV?'],
      ['ic:p21.1', 'A second message under the same id'],
      ['ic:p22', 'Yes, from Settings, then Export.'],
    ]);
    expect(root && intercom.readMessages(root).map((m) => m.key)).toEqual(messages.map((m) => m.key));
  });
});
