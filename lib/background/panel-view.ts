/** Build what the side panel shows for a tab from its session, the settings and the playbook. */
import { dismissKey } from '../analyzer';
import type { OfferKind, SuggestionKind } from '../chat';
import { coachDraft } from '../coach';
import type { Flag, PanelState } from '../messaging/panel-state';
import { emptyPanelState } from '../messaging/panel-state';
import type { Phrase } from '../playbook';
import { suggest } from '../suggest';
import { stillWriting, stillWritingUntil } from '../suggest/listen';
import type { TabSession } from './tab-session';

export interface PanelInputs {
  enabled: boolean;
  /** Something Poise could not do for this tab, in the agent's words (the session could not be stored). */
  warning?: string | null;
  agentName: string;
  kindsShown: SuggestionKind[];
  /** Offers that cost money or bend policy the agent may make (settings `offers`). */
  offers: readonly OfferKind[];
  playbook: Phrase[];
  /** The background's clock, for "let them finish" (defaults to now). */
  now?: number;
}

/** When the "let them finish" cue this session shows ends (the background republishes then), or null. */
export function stillWritingEndsAt(session: TabSession | undefined, now: number): number | null {
  if (!session) return null;
  return stillWritingUntil({
    transcript: session.transcript,
    typingSince: session.typingSince ?? null,
    arrivals: session.arrivals ?? [],
    now,
  });
}

/** The most recent flagged customer messages the panel lists. */
const MAX_FLAGS = 30;

export function buildPanelState(
  session: TabSession | undefined,
  tabId: number,
  inputs: PanelInputs,
): PanelState {
  const empty = emptyPanelState(tabId);
  if (!inputs.enabled) return { ...empty, status: 'off', siteId: session?.siteId ?? null };
  if (!session?.siteId) return { ...empty, warning: inputs.warning ?? null };
  const { risk, transcript } = session;
  const byKey = new Map(transcript.map((m) => [m.key, m]));
  const flags: Flag[] = [];
  for (const turn of risk.turns) {
    const message = byKey.get(turn.key);
    if (turn.role !== 'customer' || !message || turn.analysis.signals.length === 0) continue;
    const dismissKeys = [...new Set(turn.analysis.signals.flatMap((s) => s.spans.map(dismissKey)))];
    flags.push({ messageKey: turn.key, text: message.text, signals: turn.analysis.signals, dismissKeys });
  }
  const customerTurns = risk.turns.filter((t) => t.role === 'customer');
  const unknown = customerTurns.filter((t) => t.analysis.language === 'unknown').length;
  const language = customerTurns.length > 0 && unknown * 2 > customerTurns.length ? 'unknown' : 'en';
  const context = {
    ...(inputs.agentName ? { agentName: inputs.agentName } : {}),
    ...(session.customerName ? { customerName: session.customerName } : {}),
    // What the helpdesk's own fields show (requester's email, order number in the subject) is known, not asked.
    ...(session.pageFacts && Object.keys(session.pageFacts).length > 0
      ? { pageFacts: session.pageFacts }
      : {}),
  };
  // A card inserted since the customer last wrote stays where it was, marked; earlier ones are not offered again.
  const used = new Set(session.usedPhraseIds ?? []);
  const suggestions = suggest({
    risk,
    transcript,
    playbook: inputs.playbook,
    context,
    kindsShown: inputs.kindsShown,
    offers: inputs.offers,
    seed: session.conversationKey ?? String(tabId),
  })
    .filter((s) => used.has(s.phraseId) || !session.insertedPhraseIds.includes(s.phraseId))
    .map((s) => (used.has(s.phraseId) ? { ...s, used: true } : s));
  return {
    tabId,
    status: 'ready',
    siteId: session.siteId,
    health: session.health,
    conversationKey: session.conversationKey,
    customerName: session.customerName,
    // The analyzer keeps the last turns only; the transcript may still hold a customer message older than them.
    reading: customerTurns.length > 0 || transcript.some((m) => m.role === 'customer'),
    risk: {
      score: risk.score,
      level: risk.level,
      trend: risk.trend,
      history: risk.turns.filter((t) => t.role === 'customer').map((t) => ({ key: t.key, score: t.score })),
    },
    language,
    flags: flags.slice(-MAX_FLAGS).reverse(),
    suggestions,
    coach: session.draft.trim()
      ? coachDraft(session.draft, { level: risk.level, playbook: inputs.playbook })
      : { notes: [] },
    letThemFinish: stillWriting({
      transcript,
      typingSince: session.typingSince ?? null,
      arrivals: session.arrivals ?? [],
      now: inputs.now ?? Date.now(),
    }),
    messageCount: session.messageCount,
    canWriteNote: session.health?.note === true,
    warning: inputs.warning ?? null,
  };
}
