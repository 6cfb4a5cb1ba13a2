/**
 * Insert a reply into the page's reply box so the editor's own model takes it (helpdesk-dom.md §2.2-2.3).
 * Select (replace: the whole draft; caret: the agent's caret, else the end of the draft), wait a tick so the editor
 * syncs its selection, dispatch, read the editor back, and fall through to the next strategy if the text is not
 * there. Never sends: no Enter, no submit, no click.
 */
import type { EditorKind } from '../chat';
import type { InsertMode, InsertResult } from '../messaging/protocol';
import { flatText } from '../sites/text';
import { detectEditorKind, editableRoot, readEditorText } from './detect';
import { place } from './selection';
import { STRATEGIES, type StrategyId } from './strategies';

/** Strategy order per editor kind, from the measured matrix (§2.3). */
export const STRATEGY_ORDER: Record<EditorKind, readonly StrategyId[]> = {
  ckeditor5: ['paste'], // execCommand is ignored and synthetic beforeinput throws
  prosemirror: ['paste', 'exec-insert-text'],
  // execCommand crashes an empty Draft editor; plain text keeps a leading space that Draft's HTML import drops.
  draftjs: ['paste-plain', 'paste'],
  slate: ['before-input', 'paste-plain'], // html in the paste makes Slate ignore it
  lexical: ['paste', 'exec-insert-text'], // not measured: both reach Lexical's own handlers
  textarea: ['native-setter', 'exec-insert-text'],
  contenteditable: ['exec-insert-text', 'dom-range'],
};

export interface InsertOptions {
  mode: InsertMode;
  /** The composer's editor kind when the adapter knows it; detected otherwise. */
  kind?: EditorKind;
  /** Wait after selecting, so the editor syncs its selection (≥ 50 ms measured). */
  settleMs?: number;
  /** How long to wait for the editor to show the text before trying the next strategy. */
  confirmMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Put `text` into the reply box `target` (or the editor inside it). Resolves ok:false with a reason on failure. */
export async function insertText(
  target: HTMLElement,
  text: string,
  opts: InsertOptions,
): Promise<InsertResult> {
  const el = editableRoot(target);
  if (!el?.isConnected) return { ok: false, reason: 'The reply box is gone from the page.' };
  if (el.matches('[contenteditable="false"], [disabled], [readonly]')) {
    return { ok: false, reason: 'The reply box is read-only right now.' };
  }
  const reply = text.replace(/\r\n?/g, '\n');
  const want = flatText(reply);
  if (!want) return { ok: false, reason: 'Nothing to insert.' };
  const kind = opts.kind ?? detectEditorKind(el);
  const settle = opts.settleMs ?? 50;
  const confirm = opts.confirmMs ?? 120;

  const placement = place(el, opts.mode);
  await sleep(settle);
  // The baseline is read after the wait, from the editor as it now renders (a just-set draft may still be painting).
  const draft = flatText(readEditorText(el));
  const { before, after } = placement.around();
  const head = flatText(before);
  const tail = flatText(after);
  // After a word, start with a space so the reply does not glue onto the draft.
  const payload = opts.mode === 'caret' && /\S$/.test(before) ? ` ${reply}` : reply;
  const landed = () => {
    const now = flatText(readEditorText(el));
    if (opts.mode === 'replace') {
      return now.includes(want) && (!draft || want.includes(draft) || !now.includes(draft));
    }
    return occurrences(now, want) > occurrences(draft, want) && now.includes(head) && now.includes(tail);
  };

  const tried: string[] = [];
  for (const [i, id] of STRATEGY_ORDER[kind].entries()) {
    if (i > 0) {
      // A caret-mode attempt that changed the draft without the text showing: another try could insert twice.
      if (opts.mode === 'caret' && flatText(readEditorText(el)) !== draft) {
        return {
          ok: false,
          reason: `The reply box (${kind}) changed but the reply could not be confirmed: check it.`,
        };
      }
      placement.apply();
      await sleep(settle);
    }
    tried.push(id);
    let handled: boolean;
    try {
      handled = STRATEGIES[id](el, payload);
    } catch {
      handled = false; // e.g. CKEditor throws on synthetic beforeinput: try the next one
    }
    if (!handled && !landed()) continue;
    for (let waited = 0; ; waited += 20) {
      if (landed()) return { ok: true, strategy: id };
      if (waited >= confirm) break;
      await sleep(20);
    }
  }
  return {
    ok: false,
    reason: `The reply box (${kind}) did not take the text (tried ${tried.join(', ')}). Copy it instead.`,
  };
}
