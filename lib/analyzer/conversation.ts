/**
 * The conversation risk, folded one turn at a time. Two running quantities, both decayed per customer turn:
 * - heat: each turn's raised signals (threats, abuse, anger weigh most), plus repetition of the same cues;
 * - unease: how negative each customer turn read to the model, flagged or not, added up, so a run of mildly unhappy
 *   turns is noticed even when no single one is flagged, while one flagged turn in a calm chat stays at `watch`.
 * The score is the larger of the two; a calm customer turn after an agent reply cools both faster, and the level
 * moves with hysteresis (it falls only well below the threshold it rose past) so the badge does not flicker.
 */
import type { Sensitivity, Turn } from '../chat';
import { analyzeMessage, EMPTY_ANALYSIS } from './escalation';
import type {
  AnalyzedTurn,
  AnalyzerOptions,
  ConversationMemory,
  ConversationRisk,
  MessageAnalysis,
  RiskLevel,
  SignalName,
  Trend,
} from './types';

/** Turns kept in full in the state; older ones live on in `memory` only. */
export const MAX_TURNS = 200;
const MAX_RULES = 200;

const BASE: Record<SignalName, number> = {
  threat_legal: 90,
  abusive: 75,
  threat_escalation: 62,
  threat_complaint: 66,
  threat_churn: 66,
  anger: 70,
  // Not used for heat on its own (see turnRisk): frustration counts through unease.
  frustration: 50,
};
/** A threat asked calmly as a question ("how do I close my account?") weighs this much of a stated one. */
const CALM_QUESTION = 0.8;
const UP: Record<Exclude<RiskLevel, 'calm'>, number> = { watch: 25, escalating: 50, critical: 75 };
const ORDER: RiskLevel[] = ['calm', 'watch', 'escalating', 'critical'];
const HYSTERESIS = 12;
/**
 * Unease, in units of the model's flag threshold (a turn's `negativity`, 1 = just flagged): each customer turn adds
 * its negativity, capped at UNEASE_TURN_CAP so one outburst is not a run, minus UNEASE_FLOOR so the faint negativity
 * of ordinary calm turns (median ~0.3) adds little. It decays per customer turn, faster on a calm turn after an agent
 * reply and fastest when that turn is positive. One clearly unhappy turn reads as `watch` (UNEASE_WATCH), two, or a
 * run of mildly unhappy ones, as `escalating` (UNEASE_ESCALATING). Chosen on replays of held-out support chats with
 * models that never saw them (npm run train -- --dump), where this simple sum ranked unhappy chats better than
 * log-odds evidence with bonuses for flags and negative words.
 */
const UNEASE_DECAY = 0.95;
const UNEASE_DECAY_CALMED = 0.8;
const UNEASE_DECAY_PLEASED = 0.64;
const UNEASE_FLOOR = 0.2;
const UNEASE_TURN_CAP = 1.5;
const UNEASE_WATCH = 0.8;
const UNEASE_ESCALATING = 2.1;
/** Unease is capped (so it can cool within a few calm turns) and alone never reads as critical. */
const UNEASE_CAP = 1.4 * UNEASE_ESCALATING;
const UNEASE_MAX_SCORE = 70;
/** The agent's last message is kept this far, for reading the customer's answer to it (stored per tab). */
const LAST_AGENT_CHARS = 600;
const SHIFT: Record<Sensitivity, number> = { low: 8, default: 0, high: -8 };

function freshMemory(): ConversationMemory {
  return {
    heat: 0,
    recent: [],
    ruleTurns: {},
    negativeTurns: 0,
    agentReplied: false,
    turnCount: 0,
    downStreak: 0,
    unease: 0,
  };
}

/** The state before any turn. */
export function initialConversation(): ConversationRisk {
  return { score: 0, level: 'calm', trend: 'steady', turns: [], peak: 'calm', memory: freshMemory() };
}

/**
 * Heat of one customer turn on its own, 0..100, and how much of it repeats earlier turns. Frustration is left to
 * unease (below), which weighs it by how sure the model is and how it accumulates; heat carries the signals that
 * escalate on their own (anger, abuse, threats), with frustration adding only beside them.
 */
function turnRisk(analysis: MessageAnalysis, memory: ConversationMemory): { risk: number; repeat: number } {
  const strong = analysis.signals.filter((s) => s.name !== 'frustration');
  if (strong.length === 0) return { risk: 0, repeat: 0 };
  const negative = analysis.signals.some((s) => s.name === 'frustration' || s.name === 'anger');
  let risk = 0;
  for (const s of strong) {
    const calmQuestion = s.name.startsWith('threat_') && analysis.isQuestion && !negative;
    risk = Math.max(risk, BASE[s.name] * (0.6 + 0.4 * s.strength) * (calmQuestion ? CALM_QUESTION : 1));
  }
  risk += 8 * (analysis.signals.length - 1) + 8 * analysis.intensity;
  let repeat = 0;
  for (const rule of rulesOf(analysis)) if ((memory.ruleTurns[rule] ?? 0) > 0) repeat += 6;
  if (negative && memory.negativeTurns > 0) repeat += 6;
  return { risk: Math.min(100, risk), repeat: Math.min(repeat, 20) };
}

/** This turn's unease: the model's negativity (≥ 1 with a negative signal raised, < 1 without), capped, less the floor. */
function turnUnease(analysis: MessageAnalysis): number {
  const flagged = analysis.signals.some(
    (s) => s.name === 'frustration' || s.name === 'anger' || s.name === 'abusive',
  );
  // Rules can flag what the model missed ("this is the third time… nothing happens"): a flag counts as at threshold.
  // A turn without a flag (the agent dismissed its words) counts as below it, whatever the model read.
  const n = flagged ? Math.max(analysis.negativity ?? 0, 1) : Math.min(analysis.negativity ?? 0, 0.99);
  return Math.max(0, Math.min(UNEASE_TURN_CAP, n) - UNEASE_FLOOR);
}

/** Unease as a score: 0..25 up to one flagged turn's worth, 25..50 up to `escalating`, then on to the cap. */
function uneaseScore(unease: number): number {
  const score =
    unease <= UNEASE_WATCH
      ? (25 * unease) / UNEASE_WATCH
      : 25 + (25 * (unease - UNEASE_WATCH)) / (UNEASE_ESCALATING - UNEASE_WATCH);
  return Math.min(UNEASE_MAX_SCORE, score);
}

function rulesOf(analysis: MessageAnalysis): Set<string> {
  const out = new Set<string>();
  for (const s of analysis.signals) for (const span of s.spans) out.add(span.rule);
  return out;
}

function levelFor(score: number, current: RiskLevel, shift: number): RiskLevel {
  let target: RiskLevel = 'calm';
  for (const level of ['watch', 'escalating', 'critical'] as const)
    if (score >= UP[level] + shift) target = level;
  let at = ORDER.indexOf(current);
  const want = ORDER.indexOf(target);
  if (want > at) return target;
  // Step down only when the score is well below the threshold of the current level.
  while (at > want) {
    const level = ORDER[at] as Exclude<RiskLevel, 'calm'>;
    if (score >= UP[level] + shift - HYSTERESIS) break;
    at--;
  }
  return ORDER[at] as RiskLevel;
}

function trendOf(recent: number[], score: number): Trend {
  // Against the mean of the last two customer turns: one turn's noise does not make a trend, two do.
  const last = recent.slice(-2);
  if (last.length === 0) return score > 0 ? 'rising' : 'steady';
  const reference = last.reduce((a, b) => a + b, 0) / last.length;
  if (score - reference > 7) return 'rising';
  if (reference - score > 7) return 'falling';
  return 'steady';
}

/** Add one turn; pure, analyses only this turn (internal notes, bot and system messages are ignored). */
export function addTurn(state: ConversationRisk, turn: Turn, opts: AnalyzerOptions = {}): ConversationRisk {
  if (turn.role !== 'customer' && turn.role !== 'agent') return state;
  // A customer message is read as the answer to the agent's message just before it, when there is one (context.ts).
  const replyTo = opts.replyTo ?? state.memory?.lastAgent;
  const analysis =
    turn.role === 'customer'
      ? analyzeMessage(turn.text, replyTo === undefined ? opts : { ...opts, replyTo })
      : EMPTY_ANALYSIS;
  return addAnalyzedTurn(state, turn, analysis, opts);
}

/** Add one turn whose message analysis is already known. */
function addAnalyzedTurn(
  state: ConversationRisk,
  turn: Turn,
  analysis: MessageAnalysis,
  opts: AnalyzerOptions = {},
): ConversationRisk {
  if (turn.role !== 'customer' && turn.role !== 'agent') return state;
  const memory = { ...(state.memory ?? freshMemory()) };
  memory.turnCount++;
  let { score, level, trend } = state;
  if (turn.role === 'agent') {
    memory.agentReplied = true;
    memory.lastAgent = turn.text.slice(0, LAST_AGENT_CHARS);
  } else {
    delete memory.lastAgent;
    const { risk, repeat } = turnRisk(analysis, memory);
    const unease = turnUnease(analysis);
    if (risk > 0) {
      memory.heat = Math.min(100, Math.max(risk + repeat, memory.heat * 0.85 + risk * 0.45 + repeat));
    } else {
      // The customer calmed down: faster when it follows an agent reply, the credit the agent earned.
      memory.heat *= memory.agentReplied ? 0.65 : 0.85;
    }
    // Calm after an agent reply cools unease faster, and fastest when the customer says something positive.
    let decay = UNEASE_DECAY;
    if (unease === 0 && memory.agentReplied)
      decay = analysis.afinn > 0 ? UNEASE_DECAY_PLEASED : UNEASE_DECAY_CALMED;
    memory.unease = Math.min(UNEASE_CAP, (memory.unease ?? 0) * decay + unease);
    memory.agentReplied = false;
    updateRules(memory, analysis);
    score = Math.round(Math.max(memory.heat, uneaseScore(memory.unease)));
    const next = levelFor(score, state.level, SHIFT[opts.sensitivity ?? 'default'] ?? 0);
    // Up at once; down only after two customer turns in a row below the band, so one calm line does not flicker.
    const down = ORDER.indexOf(next) < ORDER.indexOf(state.level);
    memory.downStreak = down ? (memory.downStreak ?? 0) + 1 : 0;
    level = down && memory.downStreak < 2 ? state.level : next;
    if (down && memory.downStreak >= 2) memory.downStreak = 0;
    trend = trendOf(memory.recent, score);
    memory.recent = [...memory.recent, score].slice(-3);
  }
  const analyzed: AnalyzedTurn = { key: turn.key, role: turn.role, analysis, score, level };
  const turns = state.turns.length >= MAX_TURNS ? state.turns.slice(1 - MAX_TURNS) : state.turns.slice();
  turns.push(analyzed);
  const peak = ORDER.indexOf(level) > ORDER.indexOf(state.peak) ? level : state.peak;
  return { score, level, trend, turns, peak, memory };
}

function updateRules(memory: ConversationMemory, analysis: MessageAnalysis): void {
  if (analysis.signals.some((s) => s.name === 'frustration' || s.name === 'anger')) memory.negativeTurns++;
  const rules = rulesOf(analysis);
  if (rules.size === 0) return;
  const ruleTurns = { ...memory.ruleTurns };
  for (const rule of rules) {
    if (ruleTurns[rule] === undefined && Object.keys(ruleTurns).length >= MAX_RULES) continue;
    ruleTurns[rule] = (ruleTurns[rule] ?? 0) + 1;
  }
  memory.ruleTurns = ruleTurns;
}

/** Analyse a whole conversation: the fold of addTurn over the turns. */
export function analyzeConversation(turns: readonly Turn[], opts: AnalyzerOptions = {}): ConversationRisk {
  let state = initialConversation();
  for (const turn of turns) state = addTurn(state, turn, opts);
  return state;
}
