/** What the draft coach tells the panel (lib/coach). */
import type { DiffPart } from './diff';
import type { CoachChange } from './rewrite';

export type { DiffPart } from './diff';
export type { CoachChange } from './rewrite';

/** A note on the agent's own draft: one per rule, quoting where it first matched. */
export interface CoachNote {
  /** Rule id, e.g. `calm-down`, `blame`, `not-our-fault`, `policy-wall`, `sarcasm`, `shouting`. */
  rule: string;
  start: number;
  end: number;
  text: string;
  /** How many times the rule matched in the draft (the note is said once). */
  count?: number;
  why: string;
}

export interface CoachResult {
  notes: CoachNote[];
  /** The agent's draft with only the flagged phrases changed: its facts and promises kept word for word. */
  rewrite?: string;
  /** Word-level diff from the draft to the rewrite (`same`+`del` spell the draft, `same`+`ins` the rewrite). */
  diff?: DiffPart[];
  /** Each replacement with its reason. */
  changes?: CoachChange[];
  /** Said once, when the customer is already upset. */
  heated?: string;
}
