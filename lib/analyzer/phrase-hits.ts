/**
 * The phrase rules over one message's tokens, with the vetoes that keep look-alikes out ("cancel my order" is not
 * leaving, "someone in sales" is not someone senior), and the clause breaks the model's cues read.
 */
import type { Evidence } from './evidence';
import {
  CHURN_FROM_VETO,
  CHURN_INSIDE_VETO,
  CHURN_VETO,
  COMPLAINT_AFTER_VETO,
  ESCALATION_TOPIC_KEEP,
  ESCALATION_TOPIC_OPENERS,
  ESCALATION_VETO,
} from './lexicon/threats';
import { PHRASES } from './rules';
import { wordValence } from './sentiment';
import type { Token } from './tokens';
import type { Span } from './types';

const churnVeto = new Set<string>(CHURN_VETO);
const escalationVeto = new Set<string>(ESCALATION_VETO);
const churnInsideVeto = new Set<string>(CHURN_INSIDE_VETO);
const churnFromVeto = new Set<string>(CHURN_FROM_VETO);
const complaintAfterVeto = new Set<string>(COMPLAINT_AFTER_VETO);
const topicOpeners = new Set<string>(ESCALATION_TOPIC_OPENERS);
const topicKeep = new Set<string>(ESCALATION_TOPIC_KEEP);

export function spanOf(text: string, start: number, end: number, rule: string): Span {
  return { start, end, text: text.slice(start, end), rule };
}

/** Add every phrase rule's evidence; returns the AFINN points the support vocabulary adds beyond AFINN's own. */
export function phraseHits(text: string, tokens: Token[], evidence: Evidence): number {
  const vetoChurn = tokens.some((t) => churnVeto.has(t.norm));
  let valence = 0;
  const seen = new Set<string>();
  for (const m of PHRASES.matchAll(tokens)) {
    const rule = m.data;
    if (rule.signal === 'threat_churn' && (vetoChurn || vetoedInside(tokens, m.from, m.to, churnInsideVeto)))
      continue;
    if (
      rule.signal === 'threat_churn' &&
      tokens[m.to]?.norm === 'from' &&
      churnFromVeto.has(tokens[m.to + 1]?.norm ?? '')
    )
      continue;
    if (rule.signal === 'threat_escalation' && vetoedInside(tokens, m.from, m.to, escalationVeto)) continue;
    if (rule.signal === 'threat_escalation' && asksForDepartment(tokens, m.to)) continue;
    if (rule.signal === 'threat_complaint' && complaintAfterVeto.has(tokens[m.to]?.norm ?? '')) continue;
    evidence.add(rule.signal, spanOf(text, m.start, m.end, rule.id), rule.weight);
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    let own = 0;
    for (let i = m.from; i < m.to; i++) own += wordValence((tokens[i] as Token).norm);
    valence += Math.min(0, rule.valence - Math.min(0, own));
  }
  return valence;
}

/** "someone in sales", "a person about financing": a department or a topic, not someone past the agent. */
function asksForDepartment(tokens: Token[], to: number): boolean {
  const next = tokens[to]?.norm;
  return next !== undefined && topicOpeners.has(next) && !topicKeep.has(tokens[to + 1]?.norm ?? 'this');
}

function vetoedInside(tokens: Token[], from: number, to: number, veto: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (veto.has((tokens[i] as Token).norm)) return true;
  return false;
}

/** Indexes of tokens with clause punctuation between them and the previous token. */
export function clauseBreaks(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length && i < 400; i++) {
    const prev = tokens[i - 1] as Token;
    const t = tokens[i] as Token;
    if (t.start > prev.end && /[.,;:!?()]/.test(text.slice(prev.end, t.start))) out.add(i);
  }
  return out;
}
