/**
 * The background's side of learning from dismissals: which signal a dismissed key belongs to (the options page names
 * it), and re-reading a tab's conversation when what Poise learned changes, so every open tab weighs a learned
 * phrase less at once and weighs it as before at once after an undo.
 */
import { analyzeConversation, dismissKey } from '../analyzer';
import type { SignalName } from '../analyzer/types';
import type { Sensitivity } from '../chat';
import type { TabSession } from './tab-session';

/** What the controller needs to learn from dismissals (the storage behind it is lib/storage/dismissal-learning.ts). */
export interface LearningDeps {
  /** The dismiss keys learned so far. */
  learned(): Promise<string[]>;
  /** Count a dismissal of `key` in a conversation; true when the key became learned with it. */
  record(key: string, conversationKey: string, signal: SignalName): Promise<boolean>;
  /** Every open tab (those without a conversation are skipped). */
  openTabs(): Promise<number[]>;
}

/** The signal a customer message of this conversation raised with `key`, most recent first; null if none did. */
export function signalOfKey(session: TabSession, key: string): SignalName | null {
  for (let i = session.risk.turns.length - 1; i >= 0; i--) {
    const turn = session.risk.turns[i];
    if (turn?.role !== 'customer') continue;
    const signal = turn.analysis.signals.find((s) => s.spans.some((span) => dismissKey(span) === key));
    if (signal) return signal.name;
  }
  return null;
}

/** Re-analyse a conversation with the learned keys as they are now (the agent's own dismissals stay). */
export function relearnSession(
  session: TabSession,
  sensitivity: Sensitivity,
  learnedRules: readonly string[],
): TabSession {
  if (session.transcript.length === 0) return session;
  const risk = analyzeConversation(session.transcript, {
    sensitivity,
    dismissedRules: session.dismissedRules,
    learnedRules,
  });
  return { ...session, risk };
}
