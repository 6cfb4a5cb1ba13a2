import type { Role, Sensitivity } from '../chat';
import type { AnalyzerModels } from './model/linear';

/** What the analyzer can flag in one message (design.md, Analyzer). */
export const SIGNAL_NAMES = [
  'frustration',
  'anger',
  'abusive',
  'threat_churn',
  'threat_complaint',
  'threat_escalation',
  'threat_legal',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** The exact characters that caused a signal, so the panel can highlight them. `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
  /** The matched text, equal to `text.slice(start, end)`. */
  text: string;
  /** Stable id of the rule or phrase that matched, e.g. `phrase:still-not-working`; used to dismiss a flag. */
  rule: string;
}

export interface Signal {
  name: SignalName;
  /** 0..1 */
  strength: number;
  spans: Span[];
  /** One line a support agent understands, e.g. "repeated failure: “still not working”". */
  why: string;
}

export interface MessageAnalysis {
  signals: Signal[];
  /** AFINN score with the support vocabulary applied, and its per-token comparative. */
  afinn: number;
  comparative: number;
  /** 0..1 from capitals, repeated punctuation, intensifiers. */
  intensity: number;
  isQuestion: boolean;
  /** The learned model's estimate that the message is frustrated or angry, relative to its flagging threshold
   * (1 = at the threshold), even when no signal is raised; the conversation adds up sub-threshold unease. */
  negativity?: number;
  /** `unknown` when the text is not English enough to judge: reported, not guessed at. */
  language: 'en' | 'unknown';
}

export type RiskLevel = 'calm' | 'watch' | 'escalating' | 'critical';
export const RISK_LEVELS: readonly RiskLevel[] = ['calm', 'watch', 'escalating', 'critical'];
export type Trend = 'rising' | 'steady' | 'falling';

export interface AnalyzerOptions {
  sensitivity?: Sensitivity;
  /** Rule ids the agent dismissed in this conversation: their weight is lowered. */
  dismissedRules?: readonly string[];
  /** Dismiss keys the agent dismissed in several earlier conversations: their weight is lowered less (evidence.ts). */
  learnedRules?: readonly string[];
  /** The agent's message this one answers: a short reply to its question is not abuse, and words quoted from it are
   * not the customer's own (context.ts). */
  replyTo?: string;
  /** The learned models to judge with; each defaults to the shipped one (tools/train passes a fold's model, tests
   * their own). */
  models?: Partial<AnalyzerModels>;
}

/** One analysed turn kept in the conversation state (plain JSON: it is stored in storage.session). */
export interface AnalyzedTurn {
  key: string;
  role: Role;
  analysis: MessageAnalysis;
  /** Risk after this turn. */
  score: number;
  level: RiskLevel;
}

/** Whole-conversation state. Plain JSON so a restarted service worker can pick it up. */
export interface ConversationRisk {
  score: number;
  level: RiskLevel;
  trend: Trend;
  turns: AnalyzedTurn[];
  /** Highest level reached so far. */
  peak: RiskLevel;
  /** Running numbers behind the score, so a turn is added without re-reading the conversation (conversation.ts). */
  memory?: ConversationMemory;
}

/** Aggregates of every turn seen, including turns trimmed from `turns`. Plain JSON. */
export interface ConversationMemory {
  /** Decayed customer risk, 0..100, before rounding. */
  heat: number;
  /** Scores after the last few customer turns, oldest first, for the trend. */
  recent: number[];
  /** How many customer turns each rule fired in (bounded), for repetition across turns. */
  ruleTurns: Record<string, number>;
  /** Customer turns that raised frustration or anger so far. */
  negativeTurns: number;
  /** Whether an agent replied since the last customer turn (calming credit). */
  agentReplied: boolean;
  /** Turns analysed in total, including those trimmed from `turns`. */
  turnCount: number;
  /** Consecutive customer turns whose score sat below the current level's band (the level steps down at 2). */
  downStreak: number;
  /** Unease gathered over recent customer turns, flagged or not (decays each turn); absent in older stored states. */
  unease?: number;
  /** The agent's message the next customer message answers (cut short); absent once a customer answered. */
  lastAgent?: string;
}
