/** The side panel store in React context (zustand initialize-state-with-props pattern, conventions C9). */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { SidepanelState, SidepanelStore } from './store';

const StoreContext = createContext<SidepanelStore | null>(null);

export function SidepanelProvider({ store, children }: { store: SidepanelStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for effects that call actions outside render. */
export function useSidepanelStore(): SidepanelStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSidepanel outside SidepanelProvider');
  return store;
}

/** Select one slice of the side panel state; components never take the whole state. */
export function useSidepanel<T>(selector: (s: SidepanelState) => T): T {
  return useStore(useSidepanelStore(), selector);
}
