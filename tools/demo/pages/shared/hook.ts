import type { DemoHook, EditorHandle } from './types';

declare global {
  interface Window {
    __demo?: DemoHook;
  }
}

/** Publish the test hook in the page's MAIN world and flag readiness on <html data-demo-ready>. */
export function installHook(hook: DemoHook): void {
  window.__demo = hook;
  hook.ready.then(
    () => document.documentElement.setAttribute('data-demo-ready', 'true'),
    (err: unknown) => {
      document.documentElement.setAttribute('data-demo-ready', 'error');
      console.error('demo page failed to start', err);
    },
  );
}

/** Run `fn` now if the editor is ready, else once it is (so early calls from tests are not lost). */
export function whenReady<T>(ready: boolean, readyPromise: Promise<void>, fn: () => T): T | Promise<T> {
  return ready ? fn() : readyPromise.then(fn);
}

/** Leave the editor as an agent who just typed `text` would: that text, focused, caret at the end. */
export function typeDraft(editor: EditorHandle | undefined, text: string): void {
  if (!editor) return;
  editor.setText(text);
  editor.focus();
}
