// @vitest-environment happy-dom
// Zendesk hardening: panes hidden by visibility, aria-current tabs, the URL's ticket first, type="internal"
// notes, aria-hidden duplicate bubbles, and a show-more control reported in health.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isVisible } from '../../../lib/sites/dom';
import { activeLayout, EARLIER_NOT_LOADED, selectors, zendesk } from '../../../lib/sites/zendesk';
import { loadFixture } from './fixture';

const URL_502 = new URL('https://acme.zendesk.com/agent/tickets/502');
const DASHBOARD = new URL('https://acme.zendesk.com/agent/dashboard');
const layout = (doc: Document, id: string) =>
  doc.querySelector(`[data-test-id="ticket-${id}-standard-layout"]`);

describe('zendesk variants: which ticket the agent sees', () => {
  test('the URL names the ticket, and the log and reply box come from its layout', () => {
    const doc = loadFixture('zendesk', 'variants.html');
    expect(zendesk.conversationKey(doc, URL_502)).toBe('zendesk:acme.zendesk.com:502');
    expect(zendesk.logRoot(doc, URL_502)?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe(
      '502',
    );
    // The URL wins even over a selected tab that says otherwise (a switch the tab strip has not caught up with).
    const url501 = new URL('https://acme.zendesk.com/agent/tickets/501');
    expect(zendesk.conversationKey(doc, url501)).toBe('zendesk:acme.zendesk.com:501');
    expect(zendesk.composer(doc, url501)?.el.textContent).toBe('hidden draft');
  });

  test('without a ticket in the URL: the aria-current="page" tab', () => {
    const doc = loadFixture('zendesk', 'variants.html');
    expect(activeLayout(doc)).toBe(layout(doc, '502'));
    expect(zendesk.conversationKey(doc, DASHBOARD)).toBe('zendesk:acme.zendesk.com:502');
    expect(zendesk.customerName(doc)).toBe('Noor Haddad');
    expect(zendesk.composer(doc)?.el.textContent).toBe('Hi Noor');
  });

  test('without a selected tab: the pane that is not visibility: hidden', () => {
    const doc = loadFixture('zendesk', 'variants.html');
    doc.querySelector('[aria-current="page"]')?.removeAttribute('aria-current');
    expect(activeLayout(doc)).toBe(layout(doc, '502'));
    // Swap which pane is hidden: the reader follows.
    layout(doc, '501')?.setAttribute('style', '');
    layout(doc, '502')?.setAttribute('style', 'visibility: hidden');
    expect(activeLayout(doc)).toBe(layout(doc, '501'));
  });
});

describe('zendesk variants: the log', () => {
  const doc = loadFixture('zendesk', 'variants.html');
  const root = zendesk.logRoot(doc, URL_502);
  const messages = root ? zendesk.readMessages(root) : [];

  test('type="internal" reads as a note; the aria-hidden duplicate is skipped; the show-more button is no message', () => {
    expect(messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'My card was declined three times.'],
      ['agent', 'Let me look into that.'],
      ['internal', 'Customer threatens to cancel; handle with care.'],
      ['customer', 'Still waiting.'],
      ['bot', 'Rate your conversation.'],
    ]);
    expect(messages.filter((m) => m.role === 'customer').some((m) => /cancel/.test(m.text))).toBe(false);
  });

  test('health: earlier messages not loaded while the show-more control is there', () => {
    expect(zendesk.health(doc, URL_502)).toEqual({
      conversation: 'url',
      log: selectors.log[0],
      messages: selectors.item[0],
      composer: selectors.composer[0],
      earlierMessages: EARLIER_NOT_LOADED,
    });
    const copy = loadFixture('zendesk', 'variants.html');
    copy.querySelector('[data-test-id="convolog-show-more-button"]')?.remove();
    expect(zendesk.health(copy, URL_502)).not.toHaveProperty('earlierMessages');
  });
});

describe('isVisible', () => {
  afterEach(() => vi.restoreAllMocks());

  test('asks checkVisibility for visibility and opacity too', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const check = vi.fn(() => false);
    Object.assign(el, { checkVisibility: check });
    expect(isVisible(el)).toBe(false);
    expect(check).toHaveBeenCalledWith({ visibilityProperty: true, opacityProperty: true });
  });

  test('without checkVisibility: computed visibility (inherited) and display up the chain', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    Object.assign(inner, { checkVisibility: undefined });
    expect(isVisible(inner)).toBe(true);
    outer.style.visibility = 'hidden';
    expect(isVisible(inner)).toBe(false);
    outer.style.visibility = '';
    outer.className = 'gone';
    const style = document.createElement('style');
    style.textContent = '.gone { display: none }';
    document.head.append(style);
    expect(isVisible(inner)).toBe(false);
  });
});
