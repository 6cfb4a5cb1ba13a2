/** Which editor library is behind a reply box (helpdesk-dom.md §4: keyed by editor, not by site). */
import type { EditorKind } from '../chat';
import { textOf } from '../sites/text';

/** Editor placeholders that live inside the editable and are not the agent's text. */
const PLACEHOLDERS =
  '[data-slate-placeholder], [data-lexical-placeholder], .public-DraftEditorPlaceholder-root';

/** True for `<textarea>` and text-like `<input>`, across realms (no instanceof). */
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The editable element itself: `el` when it is a field or editable, else the first one inside it. */
export function editableRoot(el: HTMLElement): HTMLElement | null {
  if (isTextField(el)) return el;
  const host = el.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  if (host) {
    // The outermost editable host: editors nest contenteditable islands inside their root.
    let top = host;
    for (let p = host.parentElement; p; p = p.parentElement) {
      if (p.matches('[contenteditable]:not([contenteditable="false"])')) top = p;
    }
    return top;
  }
  return el.querySelector<HTMLElement>(
    '[contenteditable]:not([contenteditable="false"]), textarea, input[type="text"], input:not([type])',
  );
}

/** The editor kind from stable editor attributes and classes. */
export function detectEditorKind(el: Element): EditorKind {
  if (isTextField(el)) return 'textarea';
  if (el.closest('.ck-editor__editable, .ck-content')) return 'ckeditor5';
  if (el.closest('.ProseMirror')) return 'prosemirror';
  if (el.closest('.DraftEditor-root') || el.querySelector('[data-contents="true"]')) return 'draftjs';
  if (el.closest('[data-slate-editor]')) return 'slate';
  if (el.closest('[data-lexical-editor]')) return 'lexical';
  return 'contenteditable';
}

/** What the editor shows, as lines of text (fields: their value). */
export function readEditorText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  return textOf(el, PLACEHOLDERS);
}

/** The agent's text inside a range of an editor (placeholders and fillers left out, unlike Range.toString()). */
export function rangeText(range: Range): string {
  return textOf(range.cloneContents(), PLACEHOLDERS);
}
