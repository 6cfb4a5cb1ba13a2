/**
 * The chat vocabulary every part of Poise shares: what a site adapter reads from the page,
 * what the content script sends, what the analyzer and the suggestion engine consume.
 */

/** Who wrote a message. `internal` is an internal note: never customer text. */
export type Role = 'customer' | 'agent' | 'bot' | 'system' | 'internal' | 'unknown';

/** The editor library behind a reply box; it decides how text is inserted (research/helpdesk-dom.md §2.3). */
export type EditorKind =
  | 'ckeditor5'
  | 'prosemirror'
  | 'draftjs'
  | 'slate'
  | 'lexical'
  | 'textarea'
  | 'contenteditable';

/** One message as read from the page. `key` is stable across re-renders of the same message. */
export interface ChatMessage {
  key: string;
  role: Role;
  author?: string;
  text: string;
  /** ISO 8601, when the page shows one. */
  at?: string;
}

/** The turn shape the analyzer needs: a role and the text. */
export type Turn = Pick<ChatMessage, 'key' | 'role' | 'text'>;

/** How eagerly the analyzer flags: the agent's setting. */
export type Sensitivity = 'low' | 'default' | 'high';

/** Kinds of suggestion, in the order of the method (guidance.md). */
export const SUGGESTION_KINDS = [
  'acknowledge',
  'empathize',
  'apologize',
  'clarify',
  'solve',
  'refer',
  'boundary',
  'close',
  'follow_up',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Offers that cost money or bend policy: Poise suggests one only when the agent says they may make it (settings). */
export const OFFER_KINDS = ['replacement', 'credit', 'refund', 'exception'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
