import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Render synchronously, so the editor exists as soon as the page script has run. */
export function mountReact(slot: HTMLElement, node: ReactNode): void {
  const root = createRoot(slot);
  flushSync(() => root.render(node));
}
