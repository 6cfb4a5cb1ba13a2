/**
 * The agent's draft, sent to the background debounced and only when it changed. Split from
 * lib/content/runner.ts, which tells it when the reply box may have changed and which conversation it belongs to.
 */
import { readEditorText } from '../insert/detect';
import type { Composer } from '../sites/types';

export interface DraftWatchDeps {
  doc: Document;
  signal: AbortSignal;
  delayMs: number;
  /** The conversation and reply box the runner found last. */
  current(): { conversationKey: string | null; composer: Composer | null };
  send(draft: { conversationKey: string; text: string }): void;
}

export interface DraftWatch {
  /** The reply box may have changed: read it after the delay (later calls push the read back). */
  schedule(): void;
  /** Another conversation: its draft is sent even if it reads the same. */
  forget(): void;
}

/** Watch the draft until `signal` aborts; also hears typing in a reply box inside an open shadow root. */
export function createDraftWatch(deps: DraftWatchDeps): DraftWatch {
  const { doc, signal } = deps;
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function read(): void {
    timer = undefined;
    const { conversationKey, composer } = deps.current();
    if (signal.aborted || !conversationKey || !composer?.el.isConnected) return;
    const text = readEditorText(composer.el);
    if (text === last) return;
    last = text;
    deps.send({ conversationKey, text });
  }

  function schedule(): void {
    if (signal.aborted) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, deps.delayMs);
  }

  const onInput = (e: Event) => {
    // Inside a shadow root the event is retargeted to its host; the editor is the first node of its path.
    const target = (e.composedPath()[0] ?? e.target) as Node | null;
    const { composer } = deps.current();
    if (composer && target && (composer.el === target || composer.el.contains(target))) schedule();
  };
  doc.addEventListener('input', onInput, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    { once: true },
  );

  return {
    schedule,
    forget: () => {
      last = null;
    },
  };
}
