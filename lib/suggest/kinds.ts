/**
 * Which kinds of suggestion fit this moment, in what order, and why: the method of guidance.md as priorities. A kind
 * with priority 0 is not offered now.
 */
import type { RiskLevel, SignalName } from '../analyzer/types';
import type { SuggestionKind } from '../chat';
import type { Moment } from './moment';

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
    set('close', 95, 'the customer says it is solved: confirm and close warmly');
    const escalated = m.peak !== 'calm';
    set(
      'follow_up',
      escalated ? 90 : 70,
      escalated
        ? 'solved after a tense chat: check back later that it held'
        : 'solved: a short check-in later',
    );
    return plan;
  }

  if (m.boundary.offer) {
    const step = ['', 'a calm reminder of mutual respect', 'a clear warning', 'how the chat will end'][
      m.boundary.offer
    ];
    const after =
      m.boundary.sent > 0 ? `tier ${m.boundary.sent} was sent and the abuse continued` : 'abusive language';
    set('boundary', 100, `${after}: tier ${m.boundary.offer}, ${step}`);
  }

  if (m.repeated) {
    set('acknowledge', 98, 'the customer is repeating the complaint: show it was heard first');
    set('apologize', 96, 'repeated complaint: apologise for the experience, without admitting fault');
    set('empathize', 90, 'having to repeat oneself is tiring: say so');
  }
  if (m.signals.has('threat_escalation'))
    set('refer', 97, 'the customer asked for a manager or a person: say who, why and by when');
  if (m.signals.has('threat_escalation'))
    set('acknowledge', 85, 'acknowledge the request before handing over');
  for (const threat of THREATS) {
    if (!m.signals.has(threat)) continue;
    const what =
      threat === 'threat_churn' ? 'to leave' : threat === 'threat_legal' ? 'legal action' : 'a complaint';
    set('solve', 82, `the customer threatens ${what}: offer what you can do now`);
    set(
      'refer',
      threat === 'threat_churn' ? 70 : 80,
      `the customer threatens ${what}: a hand-off with a timeline`,
    );
    set('acknowledge', 78, `the customer threatens ${what}: take it seriously first`);
  }
  if (upset) {
    set('acknowledge', 60 + heat * 6 + rising, `the customer sounds ${feeling}: show you heard them`);
    set('empathize', 55 + heat * 6 + rising, `the customer sounds ${feeling}: name the feeling`);
    set(
      'apologize',
      50 + heat * 6,
      `the customer sounds ${feeling}: apologise for the experience, not for fault`,
    );
  } else if (heat > 0) {
    set('acknowledge', 40 + heat * 8 + rising, 'tension is building: keep showing you are listening');
    set('empathize', 30 + heat * 8, 'tension is building: a word of understanding helps');
  } else {
    set('acknowledge', m.stage === 'opening' ? 50 : 30, 'show you have read the message');
  }

  const asking = m.stage === 'opening' || m.stage === 'investigating';
  if (m.needs.missing.length > 0 || m.needs.vague) {
    const priority = asking ? (m.needs.vague ? 80 : 70) : 20;
    set(
      'clarify',
      priority,
      m.needs.vague ? 'the problem is still vague: ask what happened' : 'ask for what is missing',
    );
  }
  if (!m.needs.vague) {
    const ready = m.stage !== 'opening' || m.needs.missing.length === 0;
    set('solve', ready ? 65 : 35, 'the problem is clear: offer concrete options and the next step');
  }
  return plan;
}
