/** Where the text goes: the whole draft (replace) or the agent's caret, else the end of the draft (caret). */
import type { InsertMode } from '../messaging/protocol';
import { isTextField, rangeText } from './detect';

export interface Placement {
  /**
   * The draft text before and after the insertion point, read from the LIVE selection (call it after the settle
   * wait: editors re-render asynchronously, so text read right after selecting can be stale). Empty in replace mode.
   */
  around(): { before: string; after: string };
  /** Re-apply the placement (before a fallback strategy). */
  apply(): void;
}

/** The last text node inside `el` (the end of the draft), or null for an empty editor. */
function lastText(el: Node): Text | null {
  const walker = el.ownerDocument?.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) last = n as Text;
  return last;
}

/** Collapse `range` at the end of the draft's last text, or inside the first (empty) block. */
function caretAtEnd(el: HTMLElement, range: Range): void {
  const end = lastText(el);
  if (end) {
    range.setStart(end, end.length);
    range.collapse(true);
    return;
  }
  let block: Element = el;
  while (block.firstElementChild && block.firstElementChild.tagName !== 'BR') block = block.firstElementChild;
  range.setStart(block, 0);
  range.collapse(true);
}

/** Focus `el` and put the selection where the text should go. */
export function place(el: HTMLElement, mode: InsertMode): Placement {
  const hadFocus = el.ownerDocument.activeElement === el;
  if (isTextField(el)) {
    let start = el.selectionStart ?? el.value.length;
    let end = el.selectionEnd ?? start;
    // Never focused and caret at 0 in a non-empty draft: the agent has no caret here; use the end.
    if (mode === 'replace') [start, end] = [0, el.value.length];
    else if (!hadFocus && start === 0 && end === 0) [start, end] = [el.value.length, el.value.length];
    const apply = () => {
      el.focus();
      el.setSelectionRange(start, end);
    };
    apply();
    const around = () =>
      mode === 'replace'
        ? { before: '', after: '' }
        : {
            before: el.value.slice(0, el.selectionStart ?? start),
            after: el.value.slice(el.selectionEnd ?? end),
          };
    return { around, apply };
  }
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  const current = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  let range: Range;
  if (mode === 'caret' && current && el.contains(current.commonAncestorContainer)) {
    range = current.cloneRange();
  } else {
    range = doc.createRange();
    range.selectNodeContents(el);
    if (mode === 'caret') caretAtEnd(el, range);
  }
  const apply = () => {
    if (doc.activeElement !== el) el.focus({ preventScroll: true });
    sel?.removeAllRanges();
    sel?.addRange(range);
  };
  apply();
  const around = () => {
    if (mode === 'replace') return { before: '', after: '' };
    const live = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    const at = live && el.contains(live.commonAncestorContainer) ? live : range;
    const head = doc.createRange();
    head.selectNodeContents(el);
    head.setEnd(at.startContainer, at.startOffset);
    const tail = doc.createRange();
    tail.selectNodeContents(el);
    tail.setStart(at.endContainer, at.endOffset);
    return { before: rangeText(head), after: rangeText(tail) };
  };
  return { around, apply };
}
