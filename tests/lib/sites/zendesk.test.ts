// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { activeLayout, selectors, zendesk } from '../../../lib/sites/zendesk';
import { loadFixture } from './fixture';

const URL_123 = new URL('https://acme.zendesk.com/agent/tickets/123');

describe('zendesk: several mounted tickets', () => {
  const doc = loadFixture('zendesk', 'several-tickets.html');
  const root = zendesk.logRoot(doc);
  const messages = root ? zendesk.readMessages(root) : [];

  test('reads only the active ticket', () => {
    expect(zendesk.detect(doc)).toBe(true);
    expect(zendesk.conversationKey(doc, URL_123)).toBe('zendesk:acme.zendesk.com:123');
    expect(root?.closest('[data-test-id="ticket-123-standard-layout"]')).not.toBeNull();
    expect(messages.map((m) => m.text).join(' ')).not.toMatch(/STALE|OTHER TICKET/);
    expect(messages).toHaveLength(8);
  });

  test('roles: bot, customer, system, agent and internal notes kept apart', () => {
    expect(messages.map((m) => m.role)).toEqual([
      'bot',
      'customer',
      'customer',
      'system',
      'agent',
      'internal',
      'customer',
      'customer',
    ]);
    const note = messages.find((m) => m.text.includes('furious'));
    expect(note?.role).toBe('internal');
    expect(messages.filter((m) => m.role === 'customer').some((m) => m.text.includes('furious'))).toBe(false);
  });

  test('follow-ups without a sender header inherit the previous author', () => {
    expect(messages[2]).toMatchObject({ author: 'Marta Quill', text: 'Third night in a row now.' });
    expect(messages[7]).toMatchObject({ author: 'Marta Quill', role: 'customer' });
    expect(messages[0]?.author).toBe('Answer Bot');
  });

  test('text: whitespace normalised, read indicators stripped, paragraphs kept as lines', () => {
    expect(messages[1]?.text).toBe('My router drops the connection every evening');
    expect(messages[4]?.text).toBe('Sorry to hear that. Let me check the line.');
    expect(messages[6]?.text).toBe('Fine.\nBut this is the LAST time I call.');
    expect(messages[3]?.text).toBe('Dana Agent joined the conversation');
  });

  test('times and unique, stable keys', () => {
    expect(messages[1]?.at).toBe('2025-03-04T12:01:10Z');
    const keys = messages.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(root && zendesk.readMessages(root).map((m) => m.key)).toEqual(keys);
  });

  test('customer name from the selected tab, composer of the active ticket', () => {
    expect(zendesk.customerName(doc)).toBe('Marta Quill');
    const composer = zendesk.composer(doc);
    expect(composer?.kind).toBe('ckeditor5');
    expect(composer?.el.textContent).not.toContain('stale draft');
    expect(composer?.el.closest('[data-is-active="true"]')).not.toBeNull();
  });

  test('health names the selectors that matched', () => {
    expect(zendesk.health(doc, URL_123)).toEqual({
      conversation: 'url',
      log: selectors.log[0],
      messages: selectors.item[0],
      composer: selectors.composer[0],
    });
  });
});

describe('zendesk: conversation switch', () => {
  test('moving the active attribute moves every reader', () => {
    const doc = loadFixture('zendesk', 'several-tickets.html');
    const layout = (id: string) => doc.querySelector(`[data-test-id="ticket-${id}-standard-layout"]`);
    layout('123')?.setAttribute('data-is-active', 'false');
    layout('77')?.setAttribute('data-is-active', 'true');
    layout('77')?.removeAttribute('hidden');
    expect(activeLayout(doc)).toBe(layout('77'));
    // A URL without a ticket id (the URL names the ticket first when it has one: zendesk-variants.test.ts).
    expect(zendesk.conversationKey(doc, new URL('https://acme.zendesk.com/agent/dashboard'))).toBe(
      'zendesk:acme.zendesk.com:77',
    );
    const root = zendesk.logRoot(doc);
    const texts = root ? zendesk.readMessages(root).map((m) => m.text) : [];
    expect(texts).toHaveLength(4);
    expect(texts.every((t) => t.startsWith('OTHER TICKET'))).toBe(true);
  });

  test('two layouts flagged active: the visible one wins', () => {
    const doc = loadFixture('zendesk', 'several-tickets.html');
    doc.querySelector('[data-test-id="ticket-99-standard-layout"]')?.setAttribute('data-is-active', 'true');
    const dashboard = new URL('https://acme.zendesk.com/agent/dashboard');
    expect(zendesk.conversationKey(doc, dashboard)).toBe('zendesk:acme.zendesk.com:123');
  });

  test('older variant: no data-is-active, the selected tab decides', () => {
    const doc = loadFixture('zendesk', 'tab-selected.html');
    const url = new URL('https://acme.zendesk.com/agent/tickets/310');
    expect(zendesk.conversationKey(doc, url)).toBe('zendesk:acme.zendesk.com:310');
    const root = zendesk.logRoot(doc);
    const messages = root ? zendesk.readMessages(root) : [];
    expect(messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Rosa Lind', 'Is the outage in my area fixed?'],
      ['agent', 'Sam Agent', 'It was fixed an hour ago.'],
    ]);
    expect(zendesk.customerName(doc)).toBe('Rosa Lind');
    expect(zendesk.composer(doc)?.el.textContent).toBe('Hi Rosa');
  });
});

describe('zendesk: container absent', () => {
  const doc = loadFixture('zendesk', 'no-log.html');
  const url = new URL('https://acme.zendesk.com/agent/tickets/555');
  test('conversation known, no log, no composer, health says which', () => {
    expect(zendesk.detect(doc)).toBe(true);
    expect(zendesk.conversationKey(doc, url)).toBe('zendesk:acme.zendesk.com:555');
    expect(zendesk.logRoot(doc)).toBeNull();
    expect(zendesk.composer(doc)).toBeNull();
    expect(zendesk.health(doc, url)).toMatchObject({ log: null, messages: null, composer: null });
  });
  test('an unrelated page shows no Zendesk hooks', () => {
    const blank = new DOMParser().parseFromString('<p>hello</p>', 'text/html');
    expect(zendesk.detect(blank)).toBe(false);
    expect(zendesk.logRoot(blank)).toBeNull();
  });
});

describe('zendesk: long history', () => {
  test('300 messages: all read in order, follow-ups attributed, keys unique, re-read cheap and equal', () => {
    const doc = loadFixture('zendesk', 'no-log.html');
    const layout = doc.querySelector('[data-test-id="ticket-555-standard-layout"]');
    const log = doc.createElement('div');
    log.setAttribute('data-test-id', 'omni-log-container');
    for (let i = 0; i < 300; i++) {
      const customer = Math.floor(i / 3) % 2 === 0;
      const head = i % 3 === 0;
      const article = doc.createElement('article');
      article.setAttribute('data-test-id', 'omni-log-comment-item');
      const t = new Date(Date.UTC(2025, 0, 1, 8, 0, i)).toISOString();
      article.innerHTML = `${head ? `<span data-test-id="omni-log-item-sender"><strong>${customer ? 'Theo Brandt' : 'Sam Agent'}</strong></span>` : ''}<time data-test-id="timestamp-relative" datetime="${t}"></time><div data-test-id="omni-log-item-message" type="${customer ? 'end-user' : 'agent'}"><div data-test-id="omni-log-message-content">message ${i}</div></div>`;
      log.append(article);
    }
    layout?.append(log);
    const root = zendesk.logRoot(doc);
    expect(root).toBe(log);
    const messages = root ? zendesk.readMessages(root) : [];
    expect(messages).toHaveLength(300);
    expect(messages[299]?.text).toBe('message 299');
    expect(messages.every((m) => m.author === (m.role === 'customer' ? 'Theo Brandt' : 'Sam Agent'))).toBe(
      true,
    );
    expect(new Set(messages.map((m) => m.key)).size).toBe(300);
    const started = performance.now();
    const again = zendesk.readMessages(log);
    expect(performance.now() - started).toBeLessThan(200);
    expect(again).toEqual(messages);
    // An edited message keeps its key and shows the new text.
    const content = log.querySelectorAll('[data-test-id="omni-log-message-content"]')[10];
    if (content) content.textContent = 'message 10 (edited)';
    const edited = zendesk.readMessages(log);
    expect(edited[10]).toEqual({ ...messages[10], text: 'message 10 (edited)' });
  });
});
