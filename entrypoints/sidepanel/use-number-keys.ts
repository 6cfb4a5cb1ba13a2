/**
 * Keys 1-9 insert the cards on screen, except while the agent types in a field. A key stays on its card until the
 * customer writes again; pressed on a card already inserted it sends nothing and says how to repeat it: a second press
 * is far more often a slip than a wish to send the same sentence twice to an upset customer.
 */
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
      if (!item) return;
      if (item.suggestion.used) {
        event.preventDefault();
        state.remindUsed(item.suggestion.phraseId);
        return;
      }
      if (!sidepanelSelectors.canInsert(state, item.suggestion)) return;
      event.preventDefault();
      void state.insertSuggestion(item.suggestion);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
