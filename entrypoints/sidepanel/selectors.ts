/** Pure selectors over the side panel state (conventions C9); each is unit-tested on plain objects. */
import type { RiskLevel, Trend } from '../../lib/analyzer/types';
import { unfilled } from '../../lib/playbook/template';
import type { Suggestion } from '../../lib/suggest/types';
import { displayScore } from '../../lib/ui/risk-display';
import {
  layoutSuggestions,
  type NumberedSuggestion,
  numberedCards,
  type SuggestionLayout,
} from '../../lib/ui/suggestion-groups';
import type { SidepanelState } from './store';

type S = Pick<SidepanelState, 'panel'>;
type Cards = Pick<SidepanelState, 'list' | 'moreShown'>;
type WithFills = Pick<SidepanelState, 'panel' | 'fills'> & Partial<Pick<SidepanelState, 'confirmed'>>;

export type PanelStatus = 'loading' | 'ready' | 'off' | 'no-content';

/** A plain-language notice about something the panel cannot do, shown instead of guessing. */
export interface Notice {
  id:
    | 'off'
    | 'no-content'
    | 'no-conversation'
    | 'no-composer'
    | 'no-messages'
    | 'earlier-messages'
    | 'not-english'
    | 'warning';
  text: string;
}

export const sidepanelSelectors = {
  status: (s: S): PanelStatus => s.panel?.status ?? 'loading',
  level: (s: S): RiskLevel => s.panel?.risk.level ?? 'calm',
  score: (s: S): number => displayScore(s.panel?.risk.score ?? 0),
  trend: (s: S): Trend => s.panel?.risk.trend ?? 'steady',
  messageCount: (s: S): number => s.panel?.messageCount ?? 0,
  isReady: (s: S): boolean => s.panel?.status === 'ready',
  /** A customer message was read: only then is there a risk level to show (never "Calm" over nothing read). */
  reading: (s: S): boolean => s.panel?.status === 'ready' && s.panel.reading,

  /** Why Poise has read no customer message yet, from the content script's health report, as a sentence. */
  notReadingReason: (s: S): string => {
    const h = s.panel?.health;
    if (!h) return 'The page has not said what it shows yet.';
    // The adapter's own sentence (lib/sites/shadow.ts): the most specific reason, set only when the log was not found.
    const closed = h.matched?.closedShadowRoot;
    if (closed) return closed;
    if (!h.conversation) return 'No conversation found on this page.';
    if (!h.messages) return 'The conversation’s messages were not found on this page.';
    return 'No customer message in this conversation yet.';
  },

  /** False only when the page was read and the reply box was not found: then Insert is off and Copy leads. */
  composerFound: (s: S): boolean => s.panel?.health?.composer !== false,

  /** The page parts the content script could not find, for the health line. */
  missingParts: (s: S): string[] => {
    const h = s.panel?.health;
    if (!h || s.panel?.status !== 'ready') return [];
    const parts: string[] = [];
    if (!h.conversation) parts.push('conversation');
    if (!h.messages) parts.push('messages');
    if (!h.composer) parts.push('reply box');
    return parts;
  },

  /** Honest states, most important first. */
  notices: (s: S): Notice[] => {
    const p = s.panel;
    if (!p) return [];
    if (p.status === 'off') return [{ id: 'off', text: 'Poise is off on this site.' }];
    if (p.status === 'no-content') return [{ id: 'no-content', text: 'Open a helpdesk tab to use Poise.' }];
    const out: Notice[] = p.warning ? [{ id: 'warning', text: p.warning }] : [];
    if (p.health && !p.health.conversation)
      out.push({ id: 'no-conversation', text: 'No conversation found on this page.' });
    else if (p.health && !p.health.messages)
      out.push({ id: 'no-messages', text: 'No messages found in this conversation yet.' });
    // The adapter's own sentence (Zendesk's show-more control): the read is not the whole conversation.
    const earlier = p.health?.matched?.earlierMessages;
    if (earlier) out.push({ id: 'earlier-messages', text: earlier });
    if (p.health && !p.health.composer)
      out.push({ id: 'no-composer', text: 'Reply box not found: use Copy.' });
    if (p.language === 'unknown')
      out.push({ id: 'not-english', text: 'This conversation is not in English: Poise does not judge it.' });
    return out;
  },

  /** The cards as the agent sees them: in place between customer messages (lib/ui/stable-list). */
  layout: (s: Pick<SidepanelState, 'list'>): SuggestionLayout => layoutSuggestions(s.list.cards),

  /** The card key `n` (1-9) stands for, among the cards on screen: "more" ones only while shown. */
  byNumber: (s: Cards, n: number): NumberedSuggestion | undefined =>
    numberedCards(sidepanelSelectors.layout(s), s.moreShown).find((i) => i.number === n),

  /** Placeholders of a suggestion the agent has not filled yet. */
  unfilled: (s: WithFills, suggestion: Suggestion): string[] =>
    unfilled(suggestion.missing, s.fills[suggestion.phraseId] ?? {}),

  /** Whether the agent has checked the suggestion's words from the customer (true when there are none). */
  confirmed: (s: WithFills, suggestion: Suggestion): boolean =>
    suggestion.fromCustomer.length === 0 || s.confirmed?.[suggestion.phraseId] === true,

  /** Whether Insert is enabled for a suggestion. */
  canInsert: (s: WithFills, suggestion: Suggestion): boolean =>
    sidepanelSelectors.isReady(s) &&
    sidepanelSelectors.composerFound(s) &&
    sidepanelSelectors.unfilled(s, suggestion).length === 0 &&
    sidepanelSelectors.confirmed(s, suggestion),
};
