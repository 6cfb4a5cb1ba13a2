/**
 * The conversation stage (opening, investigating, resolving, closing), from who has said what so far. Phrases name
 * the stages they fit; a welcome belongs to the opening, a recap to the close. The solving stage ("resolving") starts
 * once the agent has offered something, handed over, or said what they found: offers that cost money wait for it.
 */
import type { ChatMessage } from '../chat';
import type { Stage } from '../playbook/schema';
import { isOffer, isReferral, saysSolved, sentences } from './moves';

// "I've found both payments", "I can see the parcel is held", "it looks like": the agent has investigated.
const FOUND =
  /\b(?:i|we)(?:'ve| have) (?:found|located|traced|confirmed|identified|checked)\b|\bi can see (?:that|the|what|why|where|your|two|both)\b|\b(?:it|this) looks like\b|\b(?:the|this) (?:cause|problem|issue) (?:is|was)\b/i;

/** An agent sentence saying what they found: the investigation is done. */
export const isFinding = (sentence: string): boolean => FOUND.test(sentence);

/** Customer and agent messages only: bots, system lines and internal notes are not part of the exchange. */
export function exchange(transcript: readonly ChatMessage[]): ChatMessage[] {
  return transcript.filter((m) => m.role === 'customer' || m.role === 'agent');
}

/** The last customer message, if any. */
export function lastCustomer(transcript: readonly ChatMessage[]): ChatMessage | undefined {
  return transcript.findLast((m) => m.role === 'customer');
}

/** Whether the customer's latest message says the problem is solved. */
export function isResolved(transcript: readonly ChatMessage[]): boolean {
  const last = lastCustomer(transcript);
  return last !== undefined && saysSolved(last.text);
}

/** The stage the conversation is in now. */
export function detectStage(transcript: readonly ChatMessage[]): Stage {
  const turns = exchange(transcript);
  if (isResolved(turns)) return 'closing';
  const agentTurns = turns.filter((m) => m.role === 'agent');
  if (agentTurns.length === 0) return 'opening';
  const offered = agentTurns.some((m) =>
    sentences(m.text).some((s) => isOffer(s) || isReferral(s) || isFinding(s)),
  );
  return offered ? 'resolving' : 'investigating';
}
