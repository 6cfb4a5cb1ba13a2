/** The two predictors every figure is shown for: Poise's analyzer and the plain AFINN rule it must beat. */
import Sentiment from 'sentiment';
import { analyzeConversation, analyzeMessage } from '../../lib/analyzer';
import type { Role } from '../../lib/chat';
import type { DialogueRow } from './data';
import type { Predictor } from './score';

const NEGATIVE = new Set(['frustration', 'anger', 'abusive']);
const NONE = new Set<string>();

function turnsOf(d: DialogueRow) {
  return d.turns.map((t, i) => ({
    key: String(i),
    role: (t.speaker === 'agent' ? 'agent' : 'customer') as Role,
    text: t.text,
  }));
}

/** Poise at its default sensitivity. */
export function poise(): Predictor {
  const cache = new Map<string, ReadonlySet<string>>();
  return {
    signals(text, agentBefore) {
      const key = agentBefore === undefined ? text : `${agentBefore}\u0000${text}`;
      let s = cache.get(key);
      if (!s) {
        const opts = agentBefore === undefined ? {} : { replyTo: agentBefore };
        s = new Set(analyzeMessage(text, opts).signals.map((x) => x.name));
        cache.set(key, s);
      }
      return s;
    },
    dialogueFlagged(d) {
      // The dialogue counts as flagged when the level reached escalating at any point of the replay.
      const risk = analyzeConversation(turnsOf(d));
      return risk.peak === 'escalating' || risk.peak === 'critical';
    },
  };
}

/** Baseline: `sentiment` comparative < -0.1 flags frustration, anger and abusive; never a threat. */
export function afinnBaseline(): Predictor {
  const engine = new Sentiment();
  const flagged = (text: string) => engine.analyze(text).comparative < -0.1;
  return {
    signals: (text) => (flagged(text) ? NEGATIVE : NONE),
    dialogueFlagged: (d) => d.turns.some((t) => t.speaker === 'customer' && flagged(t.text)),
  };
}
