/**
 * The conversation risk, folded one turn at a time: each customer turn's risk raises a decayed "heat", repetition of
 * the same cues across turns adds to it, a calm customer turn after an agent reply cools it faster, and the level
 * moves with hysteresis (it falls only well below the threshold it rose past) so the badge does not flicker.
 */
import type { Sensitivity, Turn } from '../chat';
import { analyzeMessage } from './escalation';
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
  frustration: 61,
};
const UP: Record<Exclude<RiskLevel, 'calm'>, number> = { watch: 25, escalating: 50, critical: 75 };
const ORDER: RiskLevel[] = ['calm', 'watch', 'escalating', 'critical'];
const HYSTERESIS = 12;
const UNEASE = 0.5;
const SUBTHRESHOLD = 24;
const SHIFT: Record<Sensitivity, number> = { low: 8, default: 0, high: -8 };

const EMPTY_ANALYSIS: MessageAnalysis = {
  signals: [],
  afinn: 0,
  comparative: 0,
  intensity: 0,
  isQuestion: false,
  language: 'en',
};

function freshMemory(): ConversationMemory {
  return {
    heat: 0,
    recent: [],
    ruleTurns: {},
    negativeTurns: 0,
    agentReplied: false,
    turnCount: 0,
    downStreak: 0,
  };
}

/** The state before any turn. */
export function initialConversation(): ConversationRisk {
  return { score: 0, level: 'calm', trend: 'steady', turns: [], peak: 'calm', memory: freshMemory() };
}

/** Risk of one customer turn on its own, 0..100, and how much of it repeats earlier turns. */
function turnRisk(analysis: MessageAnalysis, memory: ConversationMemory): { risk: number; repeat: number } {
  if (analysis.signals.length === 0) {
    // Unease below the flagging line counts a little: one such turn stays calm (< 25), a run of them is noticed.
    const n = analysis.negativity ?? 0;
    return { risk: n >= UNEASE ? Math.round(SUBTHRESHOLD * n) : 0, repeat: 0 };
  }
  let risk = 0;
  for (const s of analysis.signals) risk = Math.max(risk, BASE[s.name] * (0.6 + 0.4 * s.strength));
  risk += 8 * (analysis.signals.length - 1) + 8 * analysis.intensity;
  let repeat = 0;
  for (const rule of rulesOf(analysis)) if ((memory.ruleTurns[rule] ?? 0) > 0) repeat += 6;
  const negative = analysis.signals.some((s) => s.name === 'frustration' || s.name === 'anger');
  if (negative && memory.negativeTurns > 0) repeat += 6;
  return { risk: Math.min(100, risk), repeat: Math.min(repeat, 20) };
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
  const memory = { ...(state.memory ?? freshMemory()) };
  memory.turnCount++;
  let { score, level, trend } = state;
  let analysis = EMPTY_ANALYSIS;
  if (turn.role === 'agent') {
    memory.agentReplied = true;
  } else {
    analysis = analyzeMessage(turn.text, opts);
    const { risk, repeat } = turnRisk(analysis, memory);
    if (risk > 0) {
      memory.heat = Math.min(100, Math.max(risk + repeat, memory.heat * 0.85 + risk * 0.45 + repeat));
    } else {
      // The customer calmed down: faster when it follows an agent reply, the credit the agent earned.
      memory.heat *= memory.agentReplied ? 0.65 : 0.85;
    }
    memory.agentReplied = false;
    updateRules(memory, analysis);
    score = Math.round(memory.heat);
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
