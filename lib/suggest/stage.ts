/**
 * The conversation stage (opening, investigating, resolving, closing), from who has said what so far. Phrases name
 * the stages they fit; a welcome belongs to the opening, a recap to the close.
 */
import type { ChatMessage } from '../chat';
import type { Stage } from '../playbook/schema';
import { isOffer, isReferral, saysSolved, sentences } from './moves';

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
  const offered = agentTurns.some((m) => sentences(m.text).some((s) => isOffer(s) || isReferral(s)));
  return offered ? 'resolving' : 'investigating';
}
