/**
 * Firefox only: a synthetic paste built in the page's own compartment. Firefox ties DataTransfer data to
 * the principal that set it, and a content script's is not the page's, so a paste built in the content script reaches
 * the editor's own listeners (CKEditor 5) empty. Through Firefox's content-script Xray facilities (`wrappedJSObject`,
 * `cloneInto`) the event and its data are created and filled by the page's own DOM constructors and methods, so the
 * page may read them: no page script, no message channel. lib/insert/strategies.ts picks this only in the Firefox
 * build (lib/browser-surface.ts), so the Chrome/Edge bundle does not carry it.
 *
 * The page could replace those constructors; it then gets only what it sees of any paste anyway (the reply text, as
 * Chromium's paste listeners do) and can at most make this report a paste that did not happen, which the caller's
 * read-back of the editor catches. Nothing of the content script's is handed to page code: strings and a cloned init.
 */

/** The page's own constructors, seen through a waived Xray. */
interface PageWindow {
  ClipboardEvent: typeof ClipboardEvent;
}

type XrayWindow = Window & { wrappedJSObject?: PageWindow };

/** Firefox's content-script global (absent elsewhere, so looked up, never assumed). */
interface XrayHelpers {
  cloneInto<T>(obj: T, target: object, options?: { cloneFunctions?: boolean }): T;
}

function helpers(): XrayHelpers | null {
  const g = globalThis as unknown as Partial<XrayHelpers>;
  return typeof g.cloneInto === 'function' ? (g as XrayHelpers) : null;
}

/** Dispatch a paste of `text` (and `html`, when given) whose data the page itself can read. */
export function pageWorldPaste(el: HTMLElement, text: string, html: string | null): boolean {
  const win = el.ownerDocument.defaultView as XrayWindow | null;
  const page = win?.wrappedJSObject;
  const xray = helpers();
  if (!win || !page || !xray) return false;
  const init = xray.cloneInto({ bubbles: true, cancelable: true, composed: true }, win);
  const event = new page.ClipboardEvent('paste', init);
  // Firefox gives a constructed paste its own empty DataTransfer (ignoring one passed in the init): fill that one,
  // through the page's own setData, so the data carries the page's principal.
  const data = event.clipboardData;
  if (!data) return false;
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  el.dispatchEvent(event);
  // An untrusted paste does nothing by default: if no editor cancelled it, no editor handled it.
  return event.defaultPrevented;
}
