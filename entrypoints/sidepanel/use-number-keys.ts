/** Keys 1-9 insert the visible suggestions, except while the agent types in a field. */
import { useEffect } from 'react';
import { sidepanelSelectors } from './selectors';
import type { SidepanelStore } from './store';

/** True when a key press belongs to a text field, a select or an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function useNumberKeys(store: SidepanelStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (!/^[1-9]$/.test(event.key) || isTypingTarget(event.target)) return;
      const state = store.getState();
      const item = sidepanelSelectors.byNumber(state, Number(event.key));
      if (!item || !sidepanelSelectors.canInsert(state, item.suggestion)) return;
      event.preventDefault();
      void state.insertSuggestion(item.suggestion);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
