/**
 * Ways to put text into an editor so that the editor's own model takes it (helpdesk-dom.md §2.3, measured in
 * Chromium). Each returns false when it can tell at once that nothing handled it; the caller reads the editor back.
 */
import { TARGET } from '../browser-surface';
import { isTextField } from './detect';
import { pageWorldPaste } from './firefox-paste';
import { rangeIn, selectionFor, selectRange } from './selection';

export type StrategyId =
  | 'paste'
  | 'paste-plain'
  | 'exec-insert-text'
  | 'before-input'
  | 'native-setter'
  | 'dom-range';
export type Strategy = (el: HTMLElement, text: string) => boolean;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for an HTML clipboard payload: the reply is text, never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** One `<p>` per line (escaped), so rich editors keep the line breaks; a leading space survives as &nbsp;. */
export function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line).replace(/^ /, '&nbsp;') || '<br>'}</p>`)
    .join('');
}

function dispatchPaste(el: HTMLElement, text: string, html: boolean): boolean {
  // Firefox hides a content script's clipboard data from the page (lib/insert/firefox-paste.ts); folded at build time.
  if (TARGET === 'firefox') return pageWorldPaste(el, text, html ? textToHtml(text) : null);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', textToHtml(text));
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  el.dispatchEvent(event);
  // An untrusted paste does nothing by default: if no editor cancelled it, no editor handled it.
  return event.defaultPrevented;
}

function execInsertText(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  return doc.execCommand('insertText', false, text);
}

function beforeInput(el: HTMLElement, text: string): boolean {
  let handled = false;
  text.split('\n').forEach((line, i) => {
    const events: [string, string | null][] = i > 0 ? [['insertParagraph', null]] : [];
    if (line) events.push(['insertText', line]);
    for (const [inputType, data] of events) {
      const event = new InputEvent('beforeinput', {
        inputType,
        data,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      el.dispatchEvent(event);
      handled ||= event.defaultPrevented;
    }
  });
  return handled;
}

/** React-controlled fields: the prototype's own setter, so React's value tracker sees a change (react#10135). */
function nativeSetter(el: HTMLElement, text: string): boolean {
  if (!isTextField(el)) return false;
  let setter: ((v: string) => void) | undefined;
  for (let p = Object.getPrototypeOf(el); p && !setter; p = Object.getPrototypeOf(p)) {
    setter = Object.getOwnPropertyDescriptor(p, 'value')?.set;
  }
  if (!setter) return false;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  setter.call(el, el.value.slice(0, start) + text + el.value.slice(end));
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

/** Plain contenteditable without an editor library: replace the selection with text nodes and <br>s. */
function domRange(el: HTMLElement, text: string): boolean {
  const sel = selectionFor(el); // the editor's own root's selection (it may sit in a shadow root)
  const range = rangeIn(sel, el);
  if (!range) return false;
  const doc = el.ownerDocument;
  range.deleteContents();
  const frag = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) frag.append(doc.createElement('br'));
    frag.append(doc.createTextNode(line));
  });
  const last = frag.lastChild;
  range.insertNode(frag);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selectRange(sel, range);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

export const STRATEGIES: Record<StrategyId, Strategy> = {
  paste: (el, text) => dispatchPaste(el, text, true),
  'paste-plain': (el, text) => dispatchPaste(el, text, false),
  'exec-insert-text': execInsertText,
  'before-input': beforeInput,
  'native-setter': nativeSetter,
  'dom-range': domRange,
};
