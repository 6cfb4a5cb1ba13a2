/**
 * When the content script stops, and who may say so. A helpdesk page is written by strangers, so the page must not be
 * able to end Poise: WXT's context aborts itself when the page dispatches its "content script started" event on
 * `document` (a page that learns the event name can replay it), so Poise keeps its own AbortController and treats
 * WXT's invalidation only as a hint, checked against whether the extension context is really gone.
 *
 * Only three things stop Poise in a tab:
 * - the background says so (the site was switched off, or its access withdrawn): an answer with `keepReading: false`;
 * - the extension context is gone (Poise was updated, reloaded or removed): `extensionAlive()` turns false;
 * - a newer copy of this content script started in the same isolated world (re-injection), which stops this one.
 * A failed send for any other reason (a busy or restarting service worker, a storage error) is not a reason to stop.
 */
import type { ContentAck } from '../messaging/protocol';

export interface Lifetime {
  signal: AbortSignal;
  stop(reason: string): void;
  /** A send answered: stop when the background says so, carry on otherwise. */
  acknowledged(ack: ContentAck | undefined): void;
  /** A send failed: stop only if the extension itself is gone. */
  sendFailed(): void;
  /** WXT thinks the context is invalid: stop only if it really is. */
  maybeInvalidated(): void;
}

/** Where the running copy keeps its stop function: the isolated world's global, which page scripts cannot see. */
const RUNNING = Symbol.for('poise.content.running');
type Registry = { [RUNNING]?: (reason: string) => void };

export function createLifetime(extensionAlive: () => boolean, global: object = globalThis): Lifetime {
  const controller = new AbortController();
  const registry = global as Registry;
  const stop = (reason: string) => {
    if (controller.signal.aborted) return;
    controller.abort(reason);
    if (registry[RUNNING] === stop) delete registry[RUNNING];
  };
  registry[RUNNING]?.('a newer copy of Poise started in this tab');
  registry[RUNNING] = stop;
  const checkAlive = () => {
    if (!extensionAlive()) stop('the extension was updated, reloaded or removed');
  };
  return {
    signal: controller.signal,
    stop,
    acknowledged(ack) {
      if (ack && !ack.keepReading) stop(ack.reason ?? 'the background asked Poise to stop');
    },
    sendFailed: checkAlive,
    maybeInvalidated: checkAlive,
  };
}

/**
 * Call `listener` on same-document URL changes (SPA navigation), until `signal` aborts. The Navigation API where the
 * browser has it (Chromium), else a cheap poll of `location.href`.
 */
export function watchLocation(win: Window, signal: AbortSignal, listener: () => void): void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    listener();
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // `navigate` fires before the URL changes: read it once the navigation has been committed.
    navigation.addEventListener('navigatesuccess', check, { signal });
    navigation.addEventListener('navigate', () => win.setTimeout(check, 0), { signal });
  } else {
    const id = win.setInterval(check, 1000);
    signal.addEventListener('abort', () => win.clearInterval(id), { once: true });
  }
}
