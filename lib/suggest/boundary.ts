/**
 * Boundary tiers in steps (guidance.md): tier 1 when abuse appears, tier 2 only after a tier-1 boundary was sent by the
 * agent and the abuse continued after it, tier 3 only after tier 2 likewise.
 */
import type { ConversationRisk } from '../analyzer/types';
import type { ChatMessage } from '../chat';
import type { Phrase } from '../playbook/schema';
import { fillTemplate } from '../playbook/template';
import { containment, jaccard, tokenSet } from './similarity';

export type Tier = 1 | 2 | 3;

/** Agents edit what they insert, so a sent boundary is recognised at a looser match than a near copy. */
const SENT_MATCH = 0.6;

// Boundaries the agent typed in their own words, strongest first.
const OWN_WORDS: [Tier, RegExp][] = [
  [
    3,
    /\b(?:(?:i am|i'm|we are|we're) (?:now )?(?:ending|closing|going to (?:end|close))\s+(?:this|the|our)\s+(?:chat|conversation)|(?:this|the) (?:chat|conversation) is (?:now )?(?:ending|closing|being closed))\b/i,
  ],
  [
    2,
    /\b(if (?:this|it|the \w+) continues?|one more (?:insult|time)|(?:can ?not|can't|won't be able to) continue|have to end|final warning|last warning)\b/i,
  ],
  [
    1,
    /\b(mutual respect|keep (?:this|it|things|our conversation) (?:respectful|civil)|(?:be|stay) respectful|respectful (?:language|conversation)|courtesy in return|no need for (?:insults|that language)|leave out the insults)\b/i,
  ],
];

/** The boundary tier an agent message carries, or 0. */
export function sentTier(text: string, boundaries: readonly Phrase[]): 0 | Tier {
  const sent = tokenSet(text);
  let best: 0 | Tier = 0;
  for (const p of boundaries) {
    if (p.tier === undefined || p.tier <= best) continue;
    const phrase = tokenSet(fillTemplate(p.text, {}).text);
    if (jaccard(phrase, sent) >= SENT_MATCH || containment(phrase, sent) >= SENT_MATCH) best = p.tier;
  }
  // The agent's own words count only when no playbook boundary matched: a warning that mentions ending the chat
  // ("if it continues, I will end this chat") is still a warning.
  if (best > 0) return best;
  for (const [tier, re] of OWN_WORDS) if (re.test(text)) return tier;
  return 0;
}

export interface BoundaryState {
  /** Abuse in the customer's messages since the agent last wrote. */
  abuseNow: boolean;
  /** Highest tier the agent has sent so far, 0 for none. */
  sent: 0 | Tier;
  /** The tier to offer now, or null when no boundary is called for. */
  offer: Tier | null;
}

/** Where the conversation stands on boundaries (see the file comment). */
export function boundaryState(
  transcript: readonly ChatMessage[],
  risk: ConversationRisk,
  playbook: readonly Phrase[],
): BoundaryState {
  const abusive = new Set(
    risk.turns.filter((t) => t.analysis.signals.some((s) => s.name === 'abusive')).map((t) => t.key),
  );
  const boundaries = playbook.filter((p) => p.kind === 'boundary');
  let sent: 0 | Tier = 0;
  let abuseNow = false;
  for (const m of transcript) {
    if (m.role === 'agent') {
      abuseNow = false;
      const tier = sentTier(m.text, boundaries);
      if (tier > sent) sent = tier;
    } else if (m.role === 'customer' && abusive.has(m.key)) abuseNow = true;
  }
  if (!abuseNow) return { abuseNow, sent, offer: null };
  // Abuse after the last agent message is, by construction, abuse that continued after any boundary already sent.
  const offer: Tier = sent === 0 ? 1 : sent === 1 ? 2 : 3;
  return { abuseNow, sent, offer };
}
