// @vitest-environment happy-dom
// Inserting into a reply box inside an open shadow root (Intercom 2026): focus and the caret are read from
// the editor's own root (the document only sees the host), ShadowRoot.getSelection() is used where the browser has it,
// and insert-at-caret and replace both land and are read back.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertText } from '../../../lib/insert/index';
import { activeIn, rangeIn, selectionFor } from '../../../lib/insert/selection';

const fast = { settleMs: 1, confirmMs: 20 };
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A plain contenteditable inside the open shadow root of a host, with `draft`. */
function shadowEditor(draft: string): { host: HTMLElement; shadow: ShadowRoot; el: HTMLElement } {
  const host = document.createElement('div');
  host.id = 'teammate-app-react';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('role', 'textbox');
  el.textContent = draft;
  shadow.append(el);
  return { host, shadow, el };
}

describe('shadow-root reply box', () => {
  test('caret: the agent caret inside the shadow root is kept, the draft around it too', async () => {
    const { el } = shadowEditor('Hello Robin, thanks.');
    el.focus();
    expect(document.activeElement).not.toBe(el); // the document sees the host only
    expect(activeIn(el)).toBe(el);
    const text = el.firstChild as Text;
    const caret = document.createRange();
    caret.setStart(text, 'Hello Robin,'.length);
    caret.collapse(true);
    const sel = selectionFor(el);
    sel?.removeAllRanges();
    sel?.addRange(caret);
    const result = await insertText(el, 'a fix is rolling out', { mode: 'caret', ...fast });
    expect(result).toEqual({ ok: true, strategy: 'dom-range' });
    expect(el.textContent).toBe('Hello Robin, a fix is rolling out thanks.');
  });

  test('replace: the whole draft inside the shadow root is replaced', async () => {
    const { el } = shadowEditor('old draft');
    const result = await insertText(el, 'New reply', { mode: 'replace', ...fast });
    expect(result.ok).toBe(true);
    expect(el.textContent).toBe('New reply');
  });

  test("ShadowRoot.getSelection() is the selection used when the browser has one (Chromium's)", () => {
    const { shadow, el } = shadowEditor('x');
    const own = document.getSelection();
    const getSelection = vi.fn(() => own);
    Object.assign(shadow, { getSelection });
    expect(selectionFor(el)).toBe(own);
    expect(getSelection).toHaveBeenCalled();
  });

  test('a document selection retargeted to the host: the composed range inside the editor is read', () => {
    const { shadow, el } = shadowEditor('abc');
    const text = el.firstChild as Text;
    const hostRange = document.createRange();
    hostRange.selectNode(shadow.host); // what the document selection shows for a caret in a shadow root
    const inside = {
      startContainer: text,
      startOffset: 1,
      endContainer: text,
      endOffset: 2,
      collapsed: false,
    } as StaticRange;
    const sel = {
      rangeCount: 1,
      getRangeAt: () => hostRange,
      getComposedRanges: vi.fn(() => [inside]),
    } as unknown as Selection;
    const range = rangeIn(sel, el);
    expect(range?.toString()).toBe('b');
  });
});
