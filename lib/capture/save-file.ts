/**
 * Save a page capture from an extension page (side panel, options): a Blob URL and an `<a download>` click. The file
 * goes to the agent's own downloads folder; no `downloads` permission, no network.
 */
import type { PageCapture } from './serialize';

export function saveCapture(capture: PageCapture, doc: Document = document): void {
  // A byte-order mark: opened from disk, a file has no Content-Type, and the placeholders ("·") are not ASCII.
  const url = URL.createObjectURL(new Blob(['\uFEFF', capture.html], { type: 'text/html;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = capture.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: Chromium may still be reading the Blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
