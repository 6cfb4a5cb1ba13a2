// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertText, STRATEGY_ORDER } from '../../../lib/insert/index';

const fast = { settleMs: 1, confirmMs: 20 };
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A textarea with React's value tracker as React installs it: an own `value` property that records every set. */
function reactTextarea(initial = '') {
  const form = document.createElement('form');
  const el = document.createElement('textarea');
  form.append(el);
  document.body.append(form);
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  if (!proto?.get || !proto.set) throw new Error('no native value accessor');
  const nativeGet = proto.get;
  const nativeSet = proto.set;
  nativeSet.call(el, initial);
  let tracked = initial;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => nativeGet.call(el),
    set: (v: string) => {
      tracked = v;
      nativeSet.call(el, v);
    },
  });
  const changes: string[] = [];
  // React's onChange: fires only when the DOM value differs from what the tracker last saw.
  el.addEventListener('input', () => {
    const now = nativeGet.call(el);
    if (now !== tracked) {
      tracked = now;
      changes.push(now);
    }
  });
  const submits = vi.fn((e: Event) => e.preventDefault());
  form.addEventListener('submit', submits);
  const keys = vi.fn();
  el.addEventListener('keydown', keys);
  return { el, changes, submits, keys };
}

describe('React-controlled textarea: native prototype setter', () => {
  test('replace: React sees the change, the draft is gone, nothing is submitted', async () => {
    const { el, changes, submits, keys } = reactTextarea('old draft');
    const result = await insertText(el, 'New reply\nsecond line', { mode: 'replace', ...fast });
    expect(result).toEqual({ ok: true, strategy: 'native-setter' });
    expect(changes).toEqual(['New reply\nsecond line']);
    expect(el.value).toBe('New reply\nsecond line');
    expect(submits).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
  });

  test('caret: inserted at the caret with a space after a word, draft kept', async () => {
    const { el, changes } = reactTextarea('Hello Maria, thanks');
    el.focus();
    el.setSelectionRange(12, 12);
    const result = await insertText(el, 'I can help.', { mode: 'caret', ...fast });
    expect(result.ok).toBe(true);
    expect(changes).toEqual(['Hello Maria, I can help. thanks']);
  });

  test('caret without a caret in the field: appended at the end', async () => {
    const { el } = reactTextarea('Hi Sam');
    el.setSelectionRange(0, 0);
    await insertText(el, 'one moment', { mode: 'caret', ...fast });
    expect(el.value).toBe('Hi Sam one moment');
  });

  test('waits at least 50 ms after selecting before dispatching', async () => {
    vi.useFakeTimers();
    const { el, changes } = reactTextarea('');
    const done = insertText(el, 'later', { mode: 'replace' });
    await vi.advanceTimersByTimeAsync(49);
    expect(changes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(changes).toEqual(['later']);
    await expect(done).resolves.toMatchObject({ ok: true });
  });
});

/** A contenteditable "editor" of `cls` whose paste handler applies the clipboard's plain text when `apply`. */
function pasteEditor(cls: string, apply: boolean, draft = '') {
  const el = document.createElement('div');
  el.className = cls;
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = draft ? `<p>${draft}</p>` : '<p><br></p>';
  document.body.append(el);
  const pastes: Record<string, string>[] = [];
  el.addEventListener('paste', (e) => {
    const data = (e as ClipboardEvent).clipboardData;
    const got: Record<string, string> = {};
    for (const type of data?.types ?? []) got[type] = data?.getData(type) ?? '';
    pastes.push(got);
    e.preventDefault();
    if (apply)
      el.replaceChildren(
        ...(got['text/plain'] ?? '')
          .split('\n')
          .map((l) => Object.assign(document.createElement('p'), { textContent: l })),
      );
  });
  return { el, pastes };
}

describe('rich editors', () => {
  test('CKEditor 5: a paste carrying text/plain and escaped text/html, one <p> per line', async () => {
    const { el, pastes } = pasteEditor('ck ck-content ck-editor__editable', true, 'old');
    const text = 'Use <b> & "quotes"\nline 2';
    const result = await insertText(el, text, { mode: 'replace', ...fast });
    expect(result).toEqual({ ok: true, strategy: 'paste' });
    expect(pastes).toEqual([
      { 'text/plain': text, 'text/html': '<p>Use &lt;b&gt; &amp; &quot;quotes&quot;</p><p>line 2</p>' },
    ]);
    expect(el.querySelectorAll('p')).toHaveLength(2);
    expect(el.querySelector('b')).toBeNull();
  });

  test('an editor that swallows the paste: falls through, then fails with a reason for the Copy fallback', async () => {
    const { el, pastes } = pasteEditor('ProseMirror', false, 'draft');
    const result = await insertText(el, 'hello', { mode: 'replace', ...fast });
    expect(pastes).toHaveLength(1);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/prosemirror.*paste, exec-insert-text/);
  });

  test('caret mode: an editor that mangled the text is not tried again (no double insert)', async () => {
    const el = document.createElement('div');
    el.className = 'ProseMirror';
    el.setAttribute('contenteditable', 'true');
    el.textContent = 'Hi';
    document.body.append(el);
    el.addEventListener('paste', (e) => {
      e.preventDefault();
      el.append((e as ClipboardEvent).clipboardData?.getData('text/plain').toUpperCase() ?? '');
    });
    const result = await insertText(el, 'thanks', { mode: 'caret', ...fast });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be confirmed/) });
    expect(el.textContent).toBe('Hi THANKS');
  });

  test('Slate: beforeinput first; when ignored, a paste with text/plain ONLY', async () => {
    const { el, pastes } = pasteEditor('', true);
    el.setAttribute('data-slate-editor', 'true');
    const beforeinputs: string[] = [];
    el.addEventListener('beforeinput', (e) => beforeinputs.push((e as InputEvent).inputType));
    const result = await insertText(el, 'a\nb', { mode: 'replace', ...fast });
    expect(beforeinputs).toEqual(['insertText', 'insertParagraph', 'insertText']);
    expect(result).toEqual({ ok: true, strategy: 'paste-plain' });
    expect(pastes).toEqual([{ 'text/plain': 'a\nb' }]);
  });

  test('Slate: a handled beforeinput lands the text', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.setAttribute('data-slate-editor', 'true');
    document.body.append(el);
    el.addEventListener('beforeinput', (e) => {
      const ie = e as InputEvent;
      e.preventDefault();
      if (ie.inputType === 'insertParagraph') el.append(document.createElement('p'));
      else (el.lastElementChild ?? el.appendChild(document.createElement('p'))).append(ie.data ?? '');
    });
    expect(await insertText(el, 'x\ny', { mode: 'replace', ...fast })).toEqual({
      ok: true,
      strategy: 'before-input',
    });
    expect(el.textContent).toBe('xy');
  });

  test('plain contenteditable: DOM range insert at the caret keeps the draft and the line breaks', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.textContent = 'Dear Lee,';
    document.body.append(el);
    const inputs = vi.fn();
    el.addEventListener('input', inputs);
    const result = await insertText(el, 'first\nsecond', { mode: 'caret', ...fast });
    expect(result).toEqual({ ok: true, strategy: 'dom-range' });
    expect(el.innerHTML).toBe('Dear Lee, first<br>second');
    expect(inputs).toHaveBeenCalledOnce();
  });

  test('caret mode: the same text already in the draft still has to land again', async () => {
    const { el } = pasteEditor('ck-editor__editable', false, 'hello');
    const result = await insertText(el, 'hello', { mode: 'caret', ...fast });
    expect(result.ok).toBe(false);
  });
});

describe('guards', () => {
  test('a detached or read-only box, or empty text, fails with a reason', async () => {
    const gone = document.createElement('textarea');
    expect(await insertText(gone, 'x', { mode: 'replace', ...fast })).toMatchObject({ ok: false });
    const ro = document.createElement('textarea');
    ro.readOnly = true;
    document.body.append(ro);
    expect((await insertText(ro, 'x', { mode: 'replace', ...fast })).reason).toMatch(/read-only/);
    const ok = document.createElement('textarea');
    document.body.append(ok);
    expect((await insertText(ok, '  \n ', { mode: 'replace', ...fast })).reason).toMatch(/Nothing/);
  });

  test('a wrapper is resolved to the editable inside it', async () => {
    const wrap = document.createElement('div');
    const ta = document.createElement('textarea');
    wrap.append(ta);
    document.body.append(wrap);
    expect(await insertText(wrap, 'hi', { mode: 'replace', ...fast })).toMatchObject({ ok: true });
    expect(ta.value).toBe('hi');
  });
});

describe('strategy order follows the measured matrix (helpdesk-dom.md §2.3)', () => {
  test.each([
    ['ckeditor5', ['paste']],
    ['prosemirror', ['paste', 'exec-insert-text']],
    ['draftjs', ['paste-plain', 'paste']],
    ['slate', ['before-input', 'paste-plain']],
    ['textarea', ['native-setter', 'exec-insert-text']],
  ] as const)('%s', (kind, order) => {
    expect(STRATEGY_ORDER[kind]).toEqual(order);
  });
  test('every kind has a strategy; html never goes to Slate, execCommand never to CKEditor or Draft.js', () => {
    for (const order of Object.values(STRATEGY_ORDER)) expect(order.length).toBeGreaterThan(0);
    expect(STRATEGY_ORDER.slate).not.toContain('paste');
    expect(STRATEGY_ORDER.ckeditor5).not.toContain('exec-insert-text');
    expect(STRATEGY_ORDER.draftjs).not.toContain('exec-insert-text');
  });
});
