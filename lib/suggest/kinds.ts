/**
 * Which kinds of suggestion fit this moment, in what order, and why: the method of guidance.md as priorities. A kind
 * with priority 0 is not offered now. The why is one line per kind, said as one agent would say it to another.
 */
import type { RiskLevel, SignalName } from '../analyzer/types';
import type { SuggestionKind } from '../chat';
import type { Fact } from '../playbook/schema';
import type { Moment } from './moment';

const FACT_WORDS: Record<Fact, string> = {
  orderId: 'the order number',
  accountId: 'the account number',
  email: 'the email address',
  device: 'the device or browser',
  errorMessage: 'the exact error',
  dates: 'when it happened',
  stepsTried: 'what they already tried',
};

/** "the order number and when it happened": the first two facts still missing. */
export function missingWords(facts: readonly Fact[]): string {
  const words = facts.slice(0, 2).map((f) => FACT_WORDS[f]);
  return words.join(' and ');
}

const HEAT: Record<RiskLevel, number> = { calm: 0, watch: 1, escalating: 2, critical: 3 };
const THREATS: SignalName[] = ['threat_churn', 'threat_complaint', 'threat_legal'];

export type KindPlan = Partial<Record<SuggestionKind, { priority: number; why: string }>>;

/** Priorities per kind for this moment (higher first), with the one-line reason the panel shows. */
export function planKinds(m: Moment): KindPlan {
  const plan: KindPlan = {};
  const set = (kind: SuggestionKind, priority: number, why: string) => {
    const current = plan[kind];
    if (!current || priority > current.priority) plan[kind] = { priority, why };
  };
  const heat = HEAT[m.level];
  const upset = m.signals.has('frustration') || m.signals.has('anger');
  const feeling = m.signals.has('anger') ? 'angry' : 'frustrated';
  const rising = m.trend === 'rising' ? 5 : 0;

  if (m.resolved) {
    set('close', 95, 'They say it is solved: confirm and close warmly');
    const escalated = m.peak !== 'calm';
    set(
      'follow_up',
      escalated ? 90 : 70,
      escalated
        ? 'Solved after a tense chat: check back later that it held'
        : 'Solved: a short check-in later',
    );
    return plan;
  }

  if (m.boundary.offer) {
    const why = [
      '',
      'They insulted you: a first, calm reminder of respect',
      'The insults went on after your reminder: a clear warning',
      'The insults went on after your warning: say how the chat will end',
    ][m.boundary.offer];
    set('boundary', 100, why ?? '');
  }

  if (m.repeated) {
    set('acknowledge', 98, 'They are repeating themselves: show you heard them first');
    set('apologize', 96, 'They had to repeat themselves: say sorry for that, without taking the blame');
    set('empathize', 90, 'Repeating yourself is tiring: say you see that');
  }
  if (m.signals.has('threat_escalation'))
    set('refer', 97, 'They asked for a manager: say who takes over and by when');
  if (m.signals.has('threat_escalation'))
    set('acknowledge', 85, 'They asked for a manager: take the request seriously first');
  for (const threat of THREATS) {
    if (!m.signals.has(threat)) continue;
    const what =
      threat === 'threat_churn' ? 'leaving' : threat === 'threat_legal' ? 'legal action' : 'a complaint';
    set('solve', 82, `They talk of ${what}: say what you can do now`);
    set('refer', threat === 'threat_churn' ? 70 : 80, `They talk of ${what}: a hand-off that says when`);
    set('acknowledge', 78, `They talk of ${what}: take it seriously first`);
  }
  if (upset) {
    set('acknowledge', 60 + heat * 6 + rising, `They sound ${feeling}: show you heard them`);
    set('empathize', 55 + heat * 6 + rising, `They sound ${feeling}: name the feeling`);
    set(
      'apologize',
      50 + heat * 6,
      `They sound ${feeling}: say sorry for the experience, without taking the blame`,
    );
  } else if (heat > 0) {
    set('acknowledge', 40 + heat * 8 + rising, 'Tension is building: keep showing you are listening');
    set('empathize', 30 + heat * 8, 'Tension is building: a word of understanding helps');
  } else {
    set('acknowledge', m.stage === 'opening' ? 50 : 30, 'Show you have read their message');
  }

  const asking = m.stage === 'opening' || m.stage === 'investigating';
  if (m.needs.missing.length > 0 || m.needs.vague) {
    const priority = asking ? (m.needs.vague ? 80 : 70) : 20;
    set(
      'clarify',
      priority,
      m.needs.vague
        ? 'What went wrong is still missing: ask what happened first'
        : `Ask only for what is still missing: ${missingWords(m.needs.missing)}`,
    );
  }
  if (!m.needs.vague) {
    // Before the agent has written, solutions wait: first the welcome and the questions.
    const ready = m.stage !== 'opening';
    set('solve', ready ? 65 : 35, 'The problem is clear: say what you can do and the next step');
  }
  return plan;
}
