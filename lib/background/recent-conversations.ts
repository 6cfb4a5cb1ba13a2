/**
 * The sessions of the conversations each tab showed lately, in the worker's memory: when the agent switches back to
 * one, the content script re-sends it whole, and the background resumes it from here instead of analysing a
 * shift-long chat from its first message again (tab-session.ts `resumeConversation`). Lost with the worker, which
 * then analyses afresh.
 */
import { setRecent } from '../recent-map';
import type { TabSession } from './tab-session';

/** Conversations kept per tab; the least recently updated one goes first. */
const PER_TAB = 4;

export interface RecentConversations {
  remember(session: TabSession): void;
  get(tabId: number, conversationKey: string): TabSession | undefined;
  forget(tabId: number): void;
}

export function createRecentConversations(): RecentConversations {
  const tabs = new Map<number, Map<string, TabSession>>();
  return {
    remember(session) {
      if (!session.conversationKey || session.messageCount === 0) return;
      const kept = tabs.get(session.tabId) ?? new Map<string, TabSession>();
      tabs.set(session.tabId, kept);
      setRecent(kept, session.conversationKey, session, PER_TAB);
    },
    get: (tabId, conversationKey) => tabs.get(tabId)?.get(conversationKey),
    forget: (tabId) => void tabs.delete(tabId),
  };
}
