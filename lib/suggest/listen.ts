/**
 * The "listen" cue (guidance.md): while the customer is still writing, let them finish before replying. It holds only
 * while the page shows the customer typing, or for a few seconds after a burst of customer messages; the times are
 * the background's own clock when it received each message (page timestamps are the page's to choose).
 */
import type { ChatMessage } from '../chat';

/** Customer messages in a row since the last agent message that make a burst on their own. */
const BURST_MESSAGES = 3;
/** Two messages in a row make a burst when together they are this long. */
const BURST_CHARS = 280;
/** How long after the burst's last message the cue stays: the customer may still be adding to it. */
export const BURST_WINDOW_MS = 8_000;
/** Messages of one burst arrive within this span of its last one; older ones in the run were another moment. */
export const BURST_SPAN_MS = 60_000;
/** A typing indicator reported on this long ago without a word since is not trusted (a page that stopped reporting). */
export const TYPING_STALE_MS = 120_000;

/** When the background received one customer message, by its key. */
export interface Arrival {
  key: string;
  at: number;
}

export interface Listening {
  transcript: readonly ChatMessage[];
  /** Since when the page shows the customer typing (background clock); null or absent when it does not. */
  typingSince?: number | null;
  /** When the background received the customer's messages that arrived live (not a conversation's history). */
  arrivals?: readonly Arrival[];
  now: number;
}

/** The customer's messages since the agent last wrote, newest first (bots, system lines and notes skipped). */
function customerRun(transcript: readonly ChatMessage[]): ChatMessage[] {
  const run: ChatMessage[] = [];
  for (let i = transcript.length - 1; i >= 0; i--) {
    const m = transcript[i];
    if (!m || m.role === 'agent') break;
    if (m.role === 'customer') run.push(m);
  }
  return run;
}

const isBurst = (run: readonly ChatMessage[]) => {
  const chars = run.reduce((n, m) => n + m.text.trim().length, 0);
  return run.length >= BURST_MESSAGES || (run.length >= 2 && chars >= BURST_CHARS);
};

/** The shape of a burst, whenever it came: several messages since the agent last wrote, or two long ones. */
export function letThemFinish(transcript: readonly ChatMessage[]): boolean {
  return isBurst(customerRun(transcript));
}

/** Until when "let them finish" holds (background clock), or null when it does not hold now. */
export function stillWritingUntil(l: Listening): number | null {
  let until: number | null = null;
  if (l.typingSince != null && l.typingSince + TYPING_STALE_MS > l.now)
    until = l.typingSince + TYPING_STALE_MS;
  const received = new Map((l.arrivals ?? []).map((a) => [a.key, a.at]));
  const run = customerRun(l.transcript);
  const newest = received.get(run[0]?.key ?? '');
  if (newest !== undefined) {
    const burst = run.filter((m) => {
      const at = received.get(m.key);
      return at !== undefined && at >= newest - BURST_SPAN_MS;
    });
    const end = newest + BURST_WINDOW_MS;
    if (isBurst(burst) && end > l.now) until = Math.max(until ?? end, end);
  }
  return until;
}

/** Whether the customer is still writing: the page shows them typing, or a burst of theirs arrived seconds ago. */
export function stillWriting(l: Listening): boolean {
  return stillWritingUntil(l) !== null;
}
