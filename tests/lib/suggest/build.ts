/** Hand-built analyzer results, so suggestion tests do not depend on the analyzer's tuning. */
import type {
  AnalyzedTurn,
  ConversationRisk,
  RiskLevel,
  SignalName,
  Trend,
} from '../../../lib/analyzer/types';
import type { ChatMessage } from '../../../lib/chat';

export type Line = ChatMessage & { signals?: SignalName[] };

let n = 0;
export const customer = (text: string, ...signals: SignalName[]): Line => ({
  key: `c${++n}`,
  role: 'customer',
  text,
  signals,
});
export const agent = (text: string): Line => ({ key: `a${++n}`, role: 'agent', text });

/** The transcript and a risk whose customer turns carry exactly the given signals. */
export function chat(
  lines: Line[],
  level: RiskLevel = 'calm',
  trend: Trend = 'steady',
  peak: RiskLevel = level,
): { transcript: ChatMessage[]; risk: ConversationRisk } {
  const transcript = lines.map(({ signals: _s, ...m }) => m);
  const turns: AnalyzedTurn[] = lines.map((l) => ({
    key: l.key,
    role: l.role,
    score: 0,
    level,
    analysis: {
      signals: (l.signals ?? []).map((name) => ({ name, strength: 0.8, spans: [], why: name })),
      afinn: 0,
      comparative: 0,
      intensity: 0,
      isQuestion: false,
      language: 'en',
    },
  }));
  return { transcript, risk: { score: 50, level, trend, peak, turns } };
}
