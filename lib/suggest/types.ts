import type { SuggestionKind } from '../chat';

/** A ready-to-use sentence for this moment of the conversation. */
export interface Suggestion {
  /** The playbook phrase id it came from (stable; used to avoid repeats). */
  phraseId: string;
  kind: SuggestionKind;
  /** Boundary tier 1..3 for boundary phrases. */
  tier?: 1 | 2 | 3;
  /** Text with every placeholder that has a value (or a fallback) filled in. */
  text: string;
  /** The playbook phrase's own text, placeholders and all: what a review keeps instead of the filled text. */
  template: string;
  /**
   * Values in `text` that came from the customer's own messages: the panel shows them as such,
   * Insert waits for the agent to confirm them, and the keyboard shortcut skips the suggestion.
   */
  fromCustomer: { name: string; value: string }[];
  /** Placeholders with no value and no fallback, left as `{{name}}` in `text`: the agent fills them before inserting. */
  missing: string[];
  /** Inserted since the customer last wrote: the card stays in place, marked, until the customer answers. */
  used?: boolean;
  /** One line on why its kind is offered now, in an agent's words; the same for every card of the kind. */
  why: string;
}

/** The draft coach's result, defined beside it (lib/coach/types.ts). */
export type { CoachNote, CoachResult } from '../coach/types';
