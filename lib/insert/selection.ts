/**
 * Where the text goes: the whole draft (replace) or the agent's caret, else the end of the draft (caret). Works for
 * an editor inside an open shadow root (Intercom 2026): there `document.activeElement` is the host and the document
 * selection is retargeted to it, so focus and selection are read from the editor's own root.
 */
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

type SelectionRoot = (Document | ShadowRoot) & {
  getSelection?: () => Selection | null;
};
type ComposedSelection = Selection & {
  getComposedRanges?: (opts: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

/** The document or shadow root `el` lives in. */
function rootOf(el: Node): SelectionRoot {
  return el.getRootNode() as SelectionRoot;
}

/** True when `node` is a shadow root (across realms: no instanceof). */
const isShadow = (node: Node): node is ShadowRoot => node.nodeType === 11 && 'host' in node;

/**
 * The selection that sees inside `el`'s tree: `ShadowRoot.getSelection()` where the browser has it (Chromium), else
 * the document's (whose ranges `rangeIn` reads through `getComposedRanges`).
 */
export function selectionFor(el: Node): Selection | null {
  const root = rootOf(el);
  if (isShadow(root) && typeof root.getSelection === 'function') return root.getSelection();
  return el.ownerDocument?.getSelection() ?? null;
}

/** The focused element in `el`'s own tree (the document's is only the shadow host). */
export function activeIn(el: Node): Element | null {
  return (rootOf(el) as DocumentOrShadowRoot).activeElement ?? null;
}

/** The selection's first range as a live Range inside `el`, or null (composed ranges where plain ones are host-bound). */
export function rangeIn(sel: Selection | null, el: HTMLElement): Range | null {
  if (!sel || sel.rangeCount === 0) return null;
  const plain = sel.getRangeAt(0);
  if (el.contains(plain.commonAncestorContainer)) return plain;
  const root = rootOf(el);
  const composed = (sel as ComposedSelection).getComposedRanges;
  if (!isShadow(root) || typeof composed !== 'function') return null;
  const stat = composed.call(sel, { shadowRoots: [root] })[0];
  if (!stat || !el.contains(stat.startContainer) || !el.contains(stat.endContainer)) return null;
  const range = el.ownerDocument.createRange();
  range.setStart(stat.startContainer, stat.startOffset);
  range.setEnd(stat.endContainer, stat.endOffset);
  return range;
}

/** Select `range` (setBaseAndExtent reaches into a shadow root where addRange on the document may not). */
export function selectRange(sel: Selection | null, range: Range): void {
  if (!sel) return;
  if (typeof sel.setBaseAndExtent === 'function') {
    sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    if (sel.rangeCount > 0) return;
  }
  sel.removeAllRanges();
  sel.addRange(range);
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
  const hadFocus = activeIn(el) === el;
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
  const sel = selectionFor(el);
  const current = rangeIn(sel, el);
  let range: Range;
  if (mode === 'caret' && current) {
    range = current.cloneRange();
  } else {
    range = doc.createRange();
    range.selectNodeContents(el);
    if (mode === 'caret') caretAtEnd(el, range);
  }
  const apply = () => {
    if (activeIn(el) !== el) el.focus({ preventScroll: true });
    selectRange(sel, range);
  };
  apply();
  const around = () => {
    if (mode === 'replace') return { before: '', after: '' };
    const at = rangeIn(sel, el) ?? range;
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
