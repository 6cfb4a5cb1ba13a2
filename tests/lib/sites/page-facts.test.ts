// @vitest-environment happy-dom
// Facts the helpdesk shows in its own fields (requester's email, order number in the subject) and its typing
// indicator, read by each built-in adapter from the conversation the agent sees; the generic adapter reads none.
import { describe, expect, test } from 'vitest';
import { generic } from '../../../lib/sites/generic';
import { intercom } from '../../../lib/sites/intercom';
import { emailOf, indicatorShows } from '../../../lib/sites/page-fields';
import { zendesk } from '../../../lib/sites/zendesk';
import { loadFixture } from './fixture';

const ticket = (id: string) => new URL(`https://acme.zendesk.com/agent/tickets/${id}`);
const CONVERSATION = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001');

describe('zendesk: page facts of the ticket the agent sees', () => {
  test("the requester panel's email and the subject's order number; never an address typed in the chat", () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    expect(zendesk.pageFacts(doc, ticket('601'))).toEqual({
      email: 'maria.keller@example.com',
      orderId: '48213',
    });
  });

  test('a hidden, still-mounted ticket lends none of its facts; by URL each ticket gives its own', () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    expect(zendesk.pageFacts(doc, new URL('https://acme.zendesk.com/agent/dashboard'))).toEqual({
      email: 'maria.keller@example.com',
      orderId: '48213',
    });
    expect(zendesk.pageFacts(doc, ticket('600'))).toEqual({
      email: 'ada.brennan@example.com',
      orderId: 'AB-7710',
    });
  });

  test('a requester without a name shows their address in the requester field: that is the email', () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    expect(zendesk.pageFacts(doc, ticket('602'))).toEqual({ email: 'jo.smith@example.net' });
  });

  test('a page without these fields has no page facts', () => {
    const doc = loadFixture('zendesk', 'several-tickets.html');
    expect(zendesk.pageFacts(doc, ticket('123'))).toEqual({});
  });

  test("the customer's name comes from the requester field when no tab names it", () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    for (const t of doc.querySelectorAll(
      '[data-test-id="header-tab"], [data-test-id="omni-log-item-sender"]',
    ))
      t.remove();
    expect(zendesk.customerName(doc)).toBe('Maria Keller');
  });
});

describe('zendesk: the typing indicator', () => {
  test('shown in the visible ticket; hidden by an attribute, it is not typing', () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    const seen = zendesk.typing(doc, ticket('601'));
    expect(seen?.typing).toBe(true);
    expect(seen?.el.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')).toBe('601');
    seen?.el.setAttribute('hidden', '');
    expect(zendesk.typing(doc, ticket('601'))?.typing).toBe(false);
  });

  test('a ticket without an indicator reads none', () => {
    const doc = loadFixture('zendesk', 'page-facts.html');
    expect(zendesk.typing(doc, ticket('602'))).toBeNull();
  });
});

describe('intercom 2026 (in the shadow root): details panel, title, typing', () => {
  test("the details panel's email and the title's order number", () => {
    const doc = loadFixture('intercom', 'page-facts-2026.html');
    expect(intercom.pageFacts(doc, CONVERSATION)).toEqual({
      email: 'robin.okafor@example.com',
      orderId: '55120',
    });
  });

  test('the typing indicator: hidden, then shown', () => {
    const doc = loadFixture('intercom', 'page-facts-2026.html');
    const seen = intercom.typing(doc, CONVERSATION);
    expect(seen?.typing).toBe(false);
    seen?.el.removeAttribute('hidden');
    expect(intercom.typing(doc, CONVERSATION)?.typing).toBe(true);
  });

  test('the 2025 fixture has neither panel nor indicator: nothing read', () => {
    const doc = loadFixture('intercom', 'conversation.html');
    expect(intercom.pageFacts(doc, CONVERSATION)).toEqual({});
    expect(intercom.typing(doc, CONVERSATION)).toBeNull();
  });
});

describe('generic: reads no page fields', () => {
  test('no facts, no typing indicator', () => {
    const doc = loadFixture('generic', 'role-log.html');
    const url = new URL('https://help.example.com/chat/1');
    expect(generic.pageFacts(doc, url)).toEqual({});
    expect(generic.typing(doc, url)).toBeNull();
  });
});

describe('page-fields helpers', () => {
  test('only a field that is an address as a whole is an email', () => {
    expect(emailOf('maria.keller@example.com')).toBe('maria.keller@example.com');
    expect(emailOf('Maria Keller')).toBeUndefined();
    expect(emailOf('Write to maria.keller@example.com please')).toBeUndefined();
  });

  test('an indicator shows unless hidden (itself or above) or empty', () => {
    const doc = document.implementation.createHTMLDocument();
    doc.body.innerHTML =
      '<div id="a">typing…</div><div aria-hidden="true"><b id="b">typing…</b></div><div id="c"></div>';
    const get = (id: string) => doc.getElementById(id) as Element;
    expect(indicatorShows(get('a'))).toBe(true);
    expect(indicatorShows(get('b'))).toBe(false);
    expect(indicatorShows(get('c'))).toBe(false);
  });
});
