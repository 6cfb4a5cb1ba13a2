import type { MessageAnalysis, RiskLevel, Signal, Trend } from '../analyzer/types';
import type { CoachResult, Suggestion } from '../suggest/types';
import type { PageHealth } from './protocol';

/** A customer message the analyzer flagged, with the words that caused it. */
export interface Flag {
  messageKey: string;
  text: string;
  signals: Signal[];
  /** What "Not a problem" dismisses for this message (lib/analyzer dismissKey). */
  dismissKeys: string[];
}

/** Everything the side panel shows for one tab. Plain JSON, built by the background. */
export interface PanelState {
  tabId: number;
  /** `off`: Poise is switched off on this site; `no-content`: no Poise content script in the tab. */
  status: 'ready' | 'off' | 'no-content';
  siteId: string | null;
  health: PageHealth | null;
  conversationKey: string | null;
  customerName: string | null;
  /**
   * True once Poise has read a customer message of this conversation. Until then `risk` is the analyzer's empty start
   * (0, calm), which says nothing about the customer: the panel shows no level at all.
   */
  reading: boolean;
  risk: { score: number; level: RiskLevel; trend: Trend; history: { key: string; score: number }[] };
  language: MessageAnalysis['language'];
  flags: Flag[];
  suggestions: Suggestion[];
  coach: CoachResult;
  /** True while the customer is sending a burst: let them finish (guidance.md, listen). */
  letThemFinish: boolean;
  messageCount: number;
  /** The site adapter can switch the reply box to an internal note: the case summary may be inserted there. */
  canWriteNote: boolean;
  /** Something Poise could not do for this tab, in the agent's words (its session could not be stored), or null. */
  warning: string | null;
}

export function emptyPanelState(tabId: number): PanelState {
  return {
    tabId,
    status: 'no-content',
    siteId: null,
    health: null,
    conversationKey: null,
    customerName: null,
    reading: false,
    risk: { score: 0, level: 'calm', trend: 'steady', history: [] },
    language: 'en',
    flags: [],
    suggestions: [],
    coach: { notes: [] },
    letThemFinish: false,
    messageCount: 0,
    canWriteNote: false,
    warning: null,
  };
}
