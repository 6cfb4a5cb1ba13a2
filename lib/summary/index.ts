/**
 * The case summary: an internal note the agent pastes with one click (guidance.md, record), so a later request for
 * credit or a complaint has a record: the problems in the customer's words (each one they raised), how their state
 * moved and which messages moved it, what was offered, and what was promised by when (read.ts). Plain text, one fact
 * per line.
 */
import type { ConversationRisk, RiskLevel } from '../analyzer/types';
import type { ChatMessage } from '../chat';
import { flattenLine } from '../flat-text';
import { isOffer, isReferral } from '../suggest/moves';
import { exchange } from '../suggest/stage';
import { dueIn, isCommitment, problemStatements, sentencesOf } from './read';

export interface SummaryInput {
  transcript: readonly ChatMessage[];
  risk: ConversationRisk;
  customerName?: string;
  agentName?: string;
  now?: Date;
}

const PROBLEM_CHARS = 240;
const EXCERPT_CHARS = 90;
const NAME_CHARS = 60;
const WHY_CHARS = 80;
const MAX_LINES_PER_PART = 6;
// A greeting or a one-word opener is not the problem statement.
const SMALL_TALK =
  /^(hi|hello|hey|good (?:morning|afternoon|evening)|yo|hiya|are you there|anyone there)\b[\s\w,!?.']{0,20}$/i;

/** The internal-note summary of this conversation (see the file comment). */
export function caseSummary(input: SummaryInput): string {
  const { transcript, risk } = input;
  const now = input.now ?? new Date();
  const turns = exchange(transcript);
  const lines = [`Case summary (${now.toISOString().slice(0, 16).replace('T', ' ')} UTC)`];
  const who = [
    // Names are flattened like every quoted text: a display name cannot print a line of its own.
    name('Customer', input.customerName),
    name('Agent', input.agentName),
  ].filter(Boolean);
  if (who.length > 0) lines.push(who.join(' · '));

  const customerTexts = turns.filter((m) => m.role === 'customer').map((m) => m.text);
  const stated = problemStatements(customerTexts);
  // No sentence says what is wrong in so many words: the customer's first real message stands for it.
  const problems = stated.length > 0 ? stated : customerTexts.filter(isSubstantive).slice(0, 1);
  lines.push('', 'Problem, in the customer’s words:');
  lines.push(
    ...(problems.length === 0
      ? ['  (the customer has not described it yet)']
      : problems.length === 1
        ? [`  “${excerpt(problems[0] ?? '', PROBLEM_CHARS)}”`]
        : problems.map((p) => `  - “${excerpt(p, PROBLEM_CHARS)}”`)),
  );

  lines.push('', `How the customer’s state moved (now ${risk.level}, ${risk.trend}; peak ${risk.peak}):`);
  const moves = levelChanges(risk, transcript);
  lines.push(...(moves.length > 0 ? moves : ['  stayed calm throughout']));

  const agentSentences = turns.filter((m) => m.role === 'agent').flatMap((m) => sentencesOf(m.text));
  const offered = agentSentences.filter((s) => isOffer(s) || isReferral(s));
  lines.push('', 'Offered:');
  lines.push(
    ...bullets(
      offered.map((s) => `“${excerpt(s, EXCERPT_CHARS * 2)}”`),
      'nothing offered yet',
    ),
  );

  const promised = agentSentences.filter(isCommitment);
  lines.push('', 'Promised:');
  lines.push(
    ...bullets(
      promised.map((s) => `“${excerpt(s, EXCERPT_CHARS * 2)}” (by when: ${dueIn(s) ?? 'no time given'})`),
      'no promises made',
    ),
  );
  return lines.join('\n');
}

function isSubstantive(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 3 && !SMALL_TALK.test(t);
}

function levelChanges(risk: ConversationRisk, transcript: readonly ChatMessage[]): string[] {
  const byKey = new Map(transcript.map((m, i) => [m.key, { m, n: i + 1 }]));
  const out: string[] = [];
  let previous: RiskLevel = 'calm';
  for (const turn of risk.turns) {
    if (turn.level === previous) continue;
    const found = byKey.get(turn.key);
    const said = found
      ? ` after message ${found.n} (${found.m.role}): “${excerpt(found.m.text, EXCERPT_CHARS)}”`
      : '';
    const why = turn.analysis.signals.map((s) => flattenLine(s.why, WHY_CHARS)).filter(Boolean);
    out.push(
      `  - ${previous} → ${turn.level}${said}${why.length > 0 ? ` [${why.slice(0, 2).join('; ')}]` : ''}`,
    );
    previous = turn.level;
  }
  return out.slice(-MAX_LINES_PER_PART * 2);
}

function bullets(items: string[], none: string): string[] {
  if (items.length === 0) return [`  ${none}`];
  const shown = items.slice(-MAX_LINES_PER_PART).map((s) => `  - ${s}`);
  if (items.length > MAX_LINES_PER_PART)
    shown.unshift(`  (${items.length - MAX_LINES_PER_PART} earlier not shown)`);
  return shown;
}

function name(label: string, value: string | undefined): string {
  const flat = value ? flattenLine(value, NAME_CHARS) : '';
  return flat ? `${label}: ${flat}` : '';
}

/** One line, trimmed at a word boundary, with no line breaks or hidden characters (lib/flat-text.ts). */
const excerpt = flattenLine;
