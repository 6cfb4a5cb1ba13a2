// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectEditorKind, editableRoot, readEditorText } from '../../../lib/insert/detect';
import { escapeHtml, textToHtml } from '../../../lib/insert/strategies';

const mount = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-target]') as HTMLElement;
};

describe('detectEditorKind', () => {
  test.each([
    ['<div data-target contenteditable="true" class="ck ck-editor__editable"></div>', 'ckeditor5'],
    ['<div data-target contenteditable="true" class="ProseMirror"></div>', 'prosemirror'],
    [
      '<div class="DraftEditor-root"><div data-target class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div></div>',
      'draftjs',
    ],
    ['<div data-target contenteditable="true" data-slate-editor="true"></div>', 'slate'],
    ['<div data-target contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<textarea data-target></textarea>', 'textarea'],
    ['<input data-target type="text">', 'textarea'],
    ['<div data-target contenteditable="true"></div>', 'contenteditable'],
  ])('%s → %s', (html, kind) => {
    expect(detectEditorKind(mount(html))).toBe(kind);
  });
});

describe('editableRoot and readEditorText', () => {
  test('the outermost editable host, from inside or from a wrapper', () => {
    const inner = mount(
      '<div id="w"><div id="r" contenteditable="true"><p><span data-target>x</span></p></div></div>',
    );
    expect(editableRoot(inner)?.id).toBe('r');
    expect(editableRoot(document.getElementById('w') as HTMLElement)?.id).toBe('r');
  });
  test('lines per block; fillers, zero-width characters and placeholders skipped', () => {
    const el = mount(
      '<div data-target contenteditable="true"><p>Hello <b>Lee</b></p><p><br data-cke-filler="true"></p><p>\uFEFFsecond<br class="ProseMirror-trailingBreak"></p><span data-slate-placeholder>Type a reply…</span></div>',
    );
    expect(readEditorText(el)).toBe('Hello Lee\nsecond');
  });
  test('fields read their value', () => {
    const el = mount('<textarea data-target></textarea>') as HTMLTextAreaElement;
    el.value = 'a\nb';
    expect(readEditorText(el)).toBe('a\nb');
  });
});

describe('html payload', () => {
  test('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co',
    );
  });
  test('one paragraph per line, empty lines kept, a leading space survives', () => {
    expect(textToHtml(' a\n\n<b>')).toBe('<p>&nbsp;a</p><p><br></p><p>&lt;b&gt;</p>');
  });
});
