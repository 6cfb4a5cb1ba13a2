/**
 * One helpdesk tab's conversation as the background keeps it: the transcript read so far, the analyzer's running
 * state, what the agent dismissed, and the current draft. Plain JSON (kept in storage.session, so a restarted
 * service worker carries on), updated incrementally: a delta analyses only the messages it brings.
 */
import { addTurn, analyzeConversation, initialConversation } from '../analyzer';
import type { AnalyzerOptions, ConversationRisk } from '../analyzer/types';
import type { ChatMessage, EditorKind, Sensitivity } from '../chat';
import { flattenLine } from '../flat-text';
import type { PageHealth, PageReport, TranscriptDelta } from '../messaging/protocol';
import type { Facts } from '../suggest/facts';
import type { Arrival } from '../suggest/listen';
import { analysedMessage, storedMessage, storedPageFacts, storedTurn, withinBudget } from './session-budget';

/** Keep the most recent messages only: a shift-long chat must not grow storage without bound. */
export const MAX_TRANSCRIPT = 400;
/** Characters of the customer's display name kept (the summary prints at most 60). */
const MAX_NAME = 120;
/** Live customer arrivals kept: a burst is a handful of messages. */
const MAX_ARRIVALS = 12;

export interface TabSession {
  tabId: number;
  siteId: string | null;
  conversationKey: string | null;
  customerName: string | null;
  /** Facts the helpdesk page shows in its own fields (validated, flattened, capped). */
  pageFacts: Facts;
  /** Since when (background clock) the page shows the customer typing; null while it does not. */
  typingSince: number | null;
  /** When the background received each live customer message (never the history a conversation opens with). */
  arrivals: Arrival[];
  editorKind: EditorKind | null;
  health: PageHealth | null;
  transcript: ChatMessage[];
  /** Messages seen in this conversation, including those trimmed from `transcript`. */
  messageCount: number;
  risk: ConversationRisk;
  dismissedRules: string[];
  draft: string;
  /** Phrase ids the agent inserted, so they are not offered again once the customer has answered. */
  insertedPhraseIds: string[];
  /**
   * Phrase ids inserted since the customer last wrote: the panel keeps their cards in place, marked as used, so Insert
   * never renumbers what the agent is looking at. Emptied by the next customer message.
   */
  usedPhraseIds: string[];
}

export function newTabSession(tabId: number): TabSession {
  return {
    tabId,
    siteId: null,
    conversationKey: null,
    customerName: null,
    pageFacts: {},
    typingSince: null,
    arrivals: [],
    editorKind: null,
    health: null,
    transcript: [],
    messageCount: 0,
    risk: initialConversation(),
    dismissedRules: [],
    draft: '',
    insertedPhraseIds: [],
    usedPhraseIds: [],
  };
}

/** How conversations are read: the agent's sensitivity, alone or with the phrases learned from their dismissals. */
export type Reading = Sensitivity | { sensitivity: Sensitivity; learnedRules: readonly string[] };

function optionsFor(reading: Reading, dismissedRules: readonly string[]): AnalyzerOptions {
  return typeof reading === 'string'
    ? { sensitivity: reading, dismissedRules }
    : { ...reading, dismissedRules };
}

/** Start afresh for another conversation in the same tab, keeping what the page report says. */
function forConversation(session: TabSession, conversationKey: string | null): TabSession {
  return { ...newTabSession(session.tabId), ...pageFields(session), conversationKey };
}

/** What the page report says about the tab (not about one conversation of it). */
function pageFields(s: TabSession) {
  return {
    siteId: s.siteId,
    customerName: s.customerName,
    pageFacts: s.pageFacts ?? {},
    typingSince: s.typingSince ?? null,
    editorKind: s.editorKind,
    health: s.health,
  };
}

/** `now` is the background's clock: when the report arrived (for the typing indicator). */
export function applyReport(session: TabSession, report: PageReport, now = Date.now()): TabSession {
  const base =
    report.conversationKey !== session.conversationKey
      ? forConversation(session, report.conversationKey)
      : session;
  return {
    ...base,
    siteId: report.siteId,
    // The page (and the customer) chose the name: one line, no bidi or invisible characters, wherever it is shown.
    customerName: report.customerName ? flattenLine(report.customerName, MAX_NAME) || null : null,
    pageFacts: storedPageFacts(report.pageFacts),
    typingSince: report.customerTyping === true ? (base.typingSince ?? now) : null,
    editorKind: report.editorKind ?? null,
    health: report.health,
  };
}

/**
 * Fold a transcript delta in. New messages are analysed one by one; an edit re-analyses the conversation once.
 * `receivedAt` (the background's clock) marks the customer's new messages as live, for the "let them finish" cue;
 * a conversation's first delta is its history, never marked.
 */
export function applyDelta(
  session: TabSession,
  delta: TranscriptDelta,
  sensitivity: Reading,
  receivedAt?: number,
): TabSession {
  let next =
    delta.reset || delta.conversationKey !== session.conversationKey
      ? forConversation(session, delta.conversationKey)
      : session;
  const opts = optionsFor(sensitivity, next.dismissedRules);
  const index = new Map(next.transcript.map((m, i) => [m.key, i]));
  const transcript = [...next.transcript];
  let risk = next.risk;
  let edited = false;
  let added = 0;
  let customerWrote = false;
  const live = receivedAt !== undefined && !delta.reset && delta.conversationKey === session.conversationKey;
  const arrivals = [...(next.arrivals ?? [])];
  for (const message of delta.upserts) {
    // The analyzer reads (up to 20,000 characters of) what the page shows; the transcript keeps a shorter copy.
    const stored = storedMessage(message);
    const at = index.get(message.key);
    if (at !== undefined) {
      if (transcript[at]?.text !== stored.text) edited = true;
      transcript[at] = stored;
      continue;
    }
    index.set(message.key, transcript.length);
    transcript.push(stored);
    added++;
    if (message.role === 'customer') {
      customerWrote = true;
      if (live) arrivals.push({ key: message.key, at: receivedAt });
    }
    if (!edited) risk = addTurn(risk, analysedMessage(message), opts);
  }
  if (edited) risk = analyzeConversation(transcript, opts);
  next = {
    ...next,
    risk: { ...risk, turns: risk.turns.map(storedTurn) },
    messageCount: next.messageCount + added,
    transcript: transcript.slice(-MAX_TRANSCRIPT),
    usedPhraseIds: customerWrote ? [] : (next.usedPhraseIds ?? []),
    arrivals: arrivals.slice(-MAX_ARRIVALS),
  };
  return withinBudget(next);
}

/**
 * A conversation this tab showed before, picked up again from its whole re-send (a `reset` delta, after the agent
 * switched back to it): when the re-sent messages still hold the transcript kept for it, at the same place, only
 * what changed or follows is analysed; the page report's fields come from `current`, what the tab shows now. Null
 * when they do not match (the conversation is then analysed afresh). Messages trimmed from the transcript cannot be
 * compared: an edit that far back goes unseen, as it would without a switch.
 */
export function resumeConversation(
  previous: TabSession,
  current: TabSession,
  delta: TranscriptDelta,
  sensitivity: Reading,
): TabSession | null {
  const kept = previous.transcript;
  if (!delta.reset || previous.conversationKey !== delta.conversationKey || kept.length === 0) return null;
  const start = previous.messageCount - kept.length;
  if (kept.some((m, i) => delta.upserts[start + i]?.key !== m.key)) return null;
  const base: TabSession = {
    ...previous,
    tabId: current.tabId,
    ...pageFields(current),
    draft: '', // the content script sends the reply box's text for this conversation after the switch
  };
  const rest = { conversationKey: delta.conversationKey, reset: false, upserts: delta.upserts.slice(start) };
  return applyDelta(base, rest, sensitivity);
}

/** Re-analyse after the agent dismissed a flag, so that rule's words weigh less from here on. */
export function dismissRule(session: TabSession, rule: string, sensitivity: Reading): TabSession {
  if (session.dismissedRules.includes(rule)) return session;
  const dismissedRules = [...session.dismissedRules, rule];
  return {
    ...session,
    dismissedRules,
    risk: analyzeConversation(session.transcript, optionsFor(sensitivity, dismissedRules)),
  };
}
