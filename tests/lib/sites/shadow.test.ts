// @vitest-environment happy-dom
// Open shadow roots (lib/sites/shadow.ts, dom.ts deepFirstMatch): looked into only when the light DOM misses, the
// roots found kept, a new walk only after a page change; every adapter reads through them; a closed root is named.
import { describe, expect, test, vi } from 'vitest';
import { deepActiveElement, deepFirstMatch } from '../../../lib/sites/dom';
import { createGeneric, generic } from '../../../lib/sites/generic';
import { closedShadowHost, forgetShadowWalk } from '../../../lib/sites/shadow';
import { zendesk } from '../../../lib/sites/zendesk';
import { attachShadowTemplates, fixtureHtml } from './fixture';

function page(html: string): Document {
  return attachShadowTemplates(new DOMParser().parseFromString(html, 'text/html'));
}

describe('deepFirstMatch', () => {
  test('the light DOM first: no walk when it matches', () => {
    const doc = page(
      '<p class="x">light</p><div id="h"><template shadowrootmode="open"><p class="x">deep</p></template></div>',
    );
    const walker = vi.spyOn(doc, 'createTreeWalker');
    expect(deepFirstMatch(doc, ['.x'])?.el.textContent).toBe('light');
    expect(walker).not.toHaveBeenCalled();
  });

  test('nested open roots are found; the roots are kept and the page is walked again only after a change', () => {
    const doc = page(
      '<div id="a"><template shadowrootmode="open"><section id="b"><template shadowrootmode="open"><p class="y">two deep</p></template></section></template></div>',
    );
    const walker = vi.spyOn(doc, 'createTreeWalker');
    expect(deepFirstMatch(doc, ['.y'])?.el.textContent).toBe('two deep');
    const walks = walker.mock.calls.length;
    expect(deepFirstMatch(doc, ['.y'])).not.toBeNull(); // from the kept roots
    expect(deepFirstMatch(doc, ['.missing'])).toBeNull(); // a miss right after a walk does not walk again
    expect(walker.mock.calls.length).toBe(walks);
    const late = doc.createElement('div');
    doc.body.append(late);
    late.attachShadow({ mode: 'open' }).innerHTML = '<p class="z">late</p>';
    forgetShadowWalk(doc); // what the content script does when the page changed outside the log
    expect(deepFirstMatch(doc, ['.z'])?.el.textContent).toBe('late');
  });

  test('the focused element through a shadow root, not its host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const box = document.createElement('textarea');
    shadow.append(box);
    box.focus();
    expect(deepActiveElement(document)).toBe(box);
    host.remove();
  });
});

describe('generic and custom selectors inside an open shadow root', () => {
  const html =
    '<main><div id="app"><template shadowrootmode="open"><div role="log"><div class="line">Hello</div><div class="line" data-author-type="customer">Where is my order?</div></div><div class="editor-wrap"><div contenteditable="true" role="textbox"></div></div></template></div></main>';

  test('role="log" and the composer are found through the root', () => {
    const doc = page(html);
    const root = generic.logRoot(doc);
    expect(root?.getAttribute('role')).toBe('log');
    expect(root && generic.readMessages(root).map((m) => m.text)).toEqual(['Hello', 'Where is my order?']);
    expect(generic.composer(doc)?.el.getAttribute('role')).toBe('textbox');
  });

  test("the agent's selectors match inside the root", () => {
    const doc = page(html);
    const custom = createGeneric({ message: '.line', composer: '.editor-wrap' });
    const root = custom.logRoot(doc);
    expect(root && custom.readMessages(root).map((m) => m.role)).toEqual(['unknown', 'customer']);
    expect(custom.health(doc, new URL('https://help.example/'))).toMatchObject({ composer: '.editor-wrap' });
  });
});

describe('closed shadow roots', () => {
  test('an empty custom element near the top, without an open root: named in every adapter health', () => {
    const doc = page(
      '<header>Acme support</header><chat-app><template shadowrootmode="closed"><div role="log"><p>hi</p></div></template></chat-app>',
    );
    expect(closedShadowHost(doc)?.localName).toBe('chat-app');
    expect(generic.health(doc, new URL('https://help.example/'))).toMatchObject({
      log: null,
      closedShadowRoot: expect.stringContaining('<chat-app>'),
    });
    const zd = new URL('https://acme.zendesk.com/agent/tickets/1');
    expect(zendesk.health(doc, zd).closedShadowRoot).toContain('<chat-app>');
  });

  test('not a closed root: an icon deep in the page, a custom element with children, a page whose chat was read', () => {
    expect(
      closedShadowHost(page('<div><div><div><div><x-icon></x-icon></div></div></div></div>')),
    ).toBeNull();
    expect(closedShadowHost(page('<chat-app><div>rendered in light DOM</div></chat-app>'))).toBeNull();
    const zd = new URL('https://acme.zendesk.com/agent/tickets/123');
    const read = page(`${fixtureHtml('zendesk', 'several-tickets.html')}<x-widget></x-widget>`);
    expect(zendesk.health(read, zd)).not.toHaveProperty('closedShadowRoot');
  });
});
