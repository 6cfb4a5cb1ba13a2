/** Everything the ranking needs to know about this moment of the conversation, read once from the input. */
import type { ConversationRisk, RiskLevel, SignalName, Trend } from '../analyzer/types';
import type { ChatMessage } from '../chat';
import type { Phrase, Stage } from '../playbook/schema';
import { type BoundaryState, boundaryState } from './boundary';
import { knownFacts, type SuggestContext } from './context';
import { extractFacts, type KnownFacts } from './facts';
import { letThemFinish } from './listen';
import { factNeeds, type Needs } from './needs';
import { jaccard, tokenSet } from './similarity';
import { detectStage, isResolved } from './stage';

export interface Moment {
  level: RiskLevel;
  trend: Trend;
  peak: RiskLevel;
  /** Signals in the customer's latest messages (since the agent last wrote, or the last one). */
  signals: Set<SignalName>;
  stage: Stage;
  /** The customer is repeating a complaint ("third time", "still", or the same words again). */
  repeated: boolean;
  resolved: boolean;
  boundary: BoundaryState;
  facts: KnownFacts;
  needs: Needs;
  /** The customer is mid-burst (listen.ts): phrases tagged `listen` fit. */
  burst: boolean;
  /** The customer's latest messages complain about scripted, canned or robotic replies: answer that in plain words. */
  scripted: boolean;
  /** The customer complained about scripted replies at some point: stock empathy would prove their point. */
  tiredOfScripts: boolean;
  /** Every agent message so far as a token set (similarity.ts), for the never-repeat rule. */
  agentSent: ReadonlySet<string>[];
}

const REPEAT_WORDS =
  /\b((?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|already (?:told|said|explained|asked|sent)|keep (?:telling|asking|saying|repeating)|how many times|same (?:problem|issue|thing)|once more)\b/i;
// "It still hasn't arrived" in a first message is about the parcel; after the agent has answered, it is a repeat.
const STILL_AGAIN = /\b(again|still)\b/i;
const SCRIPTED =
  /\b(script(?:ed|s)?|canned|copy[- ]?(?:and[- ])?past(?:e|ed|ing)|pasting|robot(?:ic)?|(?:a|an|you're a|are you a) bot|automated (?:replies|reply|responses?|messages?)|templates?|stock (?:answers?|replies|reply|phrases?|lines?)|same (?:generic |empty )?(?:lines?|phrases?|replies|answers?) (?:over|again)|reading (?:off|from) a)\b/i;

/** Two customer messages this alike say the same thing twice. */
const SAME_COMPLAINT = 0.5;

/** The customer's latest messages: those since the agent last wrote, or else the last one. */
export function latestCustomerMessages(transcript: readonly ChatMessage[]): ChatMessage[] {
  const latest: ChatMessage[] = [];
  for (let i = transcript.length - 1; i >= 0; i--) {
    const m = transcript[i];
    if (!m || m.role === 'agent') break;
    if (m.role === 'customer') latest.unshift(m);
  }
  if (latest.length > 0) return latest;
  const last = transcript.findLast((m) => m.role === 'customer');
  return last ? [last] : [];
}

function isRepeated(transcript: readonly ChatMessage[], latest: readonly ChatMessage[]): boolean {
  if (latest.some((m) => REPEAT_WORDS.test(m.text))) return true;
  const answered = transcript.some((m) => m.role === 'agent');
  if (answered && latest.some((m) => STILL_AGAIN.test(m.text))) return true;
  const latestKeys = new Set(latest.map((m) => m.key));
  const earlier = transcript.filter((m) => m.role === 'customer' && !latestKeys.has(m.key));
  return latest.some((m) => {
    const words = tokenSet(m.text);
    return words.size >= 4 && earlier.some((e) => jaccard(words, tokenSet(e.text)) >= SAME_COMPLAINT);
  });
}

/** Read the moment from the analyzer's result and the transcript. */
export function readMoment(
  risk: ConversationRisk,
  transcript: readonly ChatMessage[],
  playbook: readonly Phrase[],
  pageFacts?: SuggestContext['pageFacts'],
): Moment {
  const latest = latestCustomerMessages(transcript);
  const keys = new Set(latest.map((m) => m.key));
  const signals = new Set<SignalName>();
  for (const turn of risk.turns)
    if (keys.has(turn.key)) for (const s of turn.analysis.signals) signals.add(s.name);
  const facts = knownFacts(extractFacts(transcript), pageFacts);
  return {
    level: risk.level,
    trend: risk.trend,
    peak: risk.peak,
    signals,
    stage: detectStage(transcript),
    repeated: isRepeated(transcript, latest),
    resolved: isResolved(transcript),
    boundary: boundaryState(transcript, risk, playbook),
    facts,
    needs: factNeeds(transcript, facts),
    burst: letThemFinish(transcript),
    scripted: latest.some((m) => SCRIPTED.test(m.text)),
    tiredOfScripts: transcript.some((m) => m.role === 'customer' && SCRIPTED.test(m.text)),
    agentSent: transcript.filter((m) => m.role === 'agent').map((m) => tokenSet(m.text)),
  };
}
