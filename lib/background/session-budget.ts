/**
 * What one tab may keep in `storage.session`. Every tab shares the browser's session quota (10 MB in Chromium), and a
 * page can post messages of any length, so one tab must never be able to fill it and stop Poise in the others.
 * The analysis of a message is kept whole (its signals and score); what is trimmed is the stored copy of its text,
 * the highlighted spans beyond that copy, and, past the per-tab budget, the oldest messages of the transcript.
 */
import type { AnalyzedTurn } from '../analyzer/types';
import type { ChatMessage } from '../chat';
import { flattenLine } from '../flat-text';
import { FACTS } from '../playbook/schema';
import type { Facts } from '../suggest/facts';
import type { TabSession } from './tab-session';

/** Characters of a message kept in the stored transcript: a long chat message, far from a pasted log. */
export const MAX_STORED_MESSAGE_CHARS = 2_000;
/** Characters of a message the analyzer reads: enough for any message a person writes, bounded for a pasted 1 MB. */
const MAX_ANALYSED_MESSAGE_CHARS = 20_000;
/** Highlighted spans kept per signal: the panel shows a handful; 12,500 repeats of one word are not evidence. */
const MAX_SPANS_PER_SIGNAL = 8;
/** Bytes (as JSON characters) one tab's session may take: 40 tabs at the cap still fit the 10 MB quota. */
export const MAX_SESSION_CHARS = 250_000;

/** Characters of one page fact kept: an address or an order number, never a page's worth of text. */
export const MAX_PAGE_FACT_CHARS = 200;

const ELLIPSIS = '…';

/**
 * The page's facts as the session keeps them: known fact names only, each value one line of text (no bidi or
 * invisible characters) capped at MAX_PAGE_FACT_CHARS. The page chose them: anything else is dropped.
 */
export function storedPageFacts(raw: unknown): Facts {
  const facts: Facts = {};
  if (!raw || typeof raw !== 'object') return facts;
  for (const fact of FACTS) {
    const value = (raw as Record<string, unknown>)[fact];
    if (typeof value !== 'string') continue;
    const line = flattenLine(value, MAX_PAGE_FACT_CHARS);
    if (line) facts[fact] = line;
  }
  return facts;
}

/** The message as the transcript stores it: text capped at MAX_STORED_MESSAGE_CHARS. */
export function storedMessage(message: ChatMessage): ChatMessage {
  if (message.text.length <= MAX_STORED_MESSAGE_CHARS) return message;
  return { ...message, text: message.text.slice(0, MAX_STORED_MESSAGE_CHARS - 1) + ELLIPSIS };
}

/** The message as the analyzer reads it: text capped at MAX_ANALYSED_MESSAGE_CHARS. */
export function analysedMessage(message: ChatMessage): ChatMessage {
  if (message.text.length <= MAX_ANALYSED_MESSAGE_CHARS) return message;
  return { ...message, text: message.text.slice(0, MAX_ANALYSED_MESSAGE_CHARS) };
}

/** A turn whose spans point only into the stored text, a few per signal; signals and scores are untouched. */
export function storedTurn(turn: AnalyzedTurn): AnalyzedTurn {
  const limit = MAX_STORED_MESSAGE_CHARS - 1;
  const signals = turn.analysis.signals;
  const tooMany = signals.some(
    (s) => s.spans.length > MAX_SPANS_PER_SIGNAL || s.spans.some((span) => span.end > limit),
  );
  if (!tooMany) return turn;
  return {
    ...turn,
    analysis: {
      ...turn.analysis,
      signals: signals.map((s) => ({
        ...s,
        spans: s.spans.filter((span) => span.end <= limit).slice(0, MAX_SPANS_PER_SIGNAL),
      })),
    },
  };
}

/**
 * The session within MAX_SESSION_CHARS: the oldest transcript messages (and their turns) go first; the conversation's
 * running risk and message count stay as they are, as they do when MAX_TRANSCRIPT trims a long chat.
 */
export function withinBudget(session: TabSession): TabSession {
  let size = JSON.stringify(session).length;
  if (size <= MAX_SESSION_CHARS) return session;
  const transcript = [...session.transcript];
  let turns = session.risk.turns;
  while (size > MAX_SESSION_CHARS && transcript.length > 1) {
    const dropped = transcript.shift() as ChatMessage;
    size -= JSON.stringify(dropped).length + 1;
    const at = turns.findIndex((t) => t.key === dropped.key);
    if (at >= 0) {
      size -= JSON.stringify(turns[at]).length + 1;
      turns = [...turns.slice(0, at), ...turns.slice(at + 1)];
    }
  }
  return { ...session, transcript, risk: { ...session.risk, turns } };
}
