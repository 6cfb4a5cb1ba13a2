/**
 * Who may talk to Poise. `runtime.onMessage` only carries messages from this extension's own contexts, but a
 * handler still checks, so a future `externally_connectable` or a bug elsewhere cannot turn a web page into a caller.
 */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** True when the message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: SenderLike | undefined, runtimeId: string): boolean {
  return !!sender && sender.id === runtimeId;
}

/**
 * True when the message comes from one of this extension's own pages (side panel, popup, options). `pagesRoot` is
 * `runtime.getURL('/')`: Chrome serves the pages from chrome-extension://<id>/, but Firefox from
 * moz-extension://<a random per-install uuid>/, which is not the add-on id.
 */
export function isOwnPage(
  sender: SenderLike | undefined,
  runtimeId: string,
  pagesRoot = `chrome-extension://${runtimeId}/`,
): boolean {
  return isOwnSender(sender, runtimeId) && !!sender?.url?.startsWith(pagesRoot);
}

/** The tab a content-script message came from, or null when it did not come from one of our content scripts. */
export function contentTabId(sender: SenderLike | undefined, runtimeId: string): number | null {
  if (!isOwnSender(sender, runtimeId)) return null;
  return sender?.tab?.id ?? null;
}
