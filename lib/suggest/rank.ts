/**
 * Ranking the phrases of one kind for this moment: fit to the stage and the customer's signals, the facts still
 * missing, the boundary tier due, and never what the agent already sent. Ties are broken by a hash of the conversation
 * and the number of agent turns, so the same input gives the same list while the agent sees fresh wording each turn.
 */
import type { SuggestionKind } from '../chat';
import type { Fact, Phrase } from '../playbook/schema';
import { fillTemplate, parseTemplate, type TemplateValues } from '../playbook/template';
import { TRUSTED_ONLY } from './context';
import type { Moment } from './moment';
import { TOPICS } from './needs';
import { isNearCopySet, tokenSet } from './similarity';
import type { Suggestion } from './types';

const FACT_WORDS: Record<Fact, string> = {
  orderId: 'the order number',
  accountId: 'the account number',
  email: 'the email address',
  device: 'the device or browser',
  errorMessage: 'the error message',
  dates: 'when it happened',
  stepsTried: 'what they already tried',
};

interface Scored {
  suggestion: Suggestion;
  score: number;
  fact: Fact | undefined;
}

/** FNV-1a, 32 bits: a stable, dependency-free hash for the tie-breaker. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fits(p: Phrase, m: Moment, values: TemplateValues): boolean {
  if (p.signals === 'none' && m.signals.size > 0) return false;
  // An email or account id comes only from a trusted source: with none, a phrase that needs one is not offered.
  if (
    parseTemplate(p.text).some(
      (t) => TRUSTED_ONLY.includes(t.name) && t.fallback === undefined && !values[t.name],
    )
  )
    return false;
  // A phrase about another topic (a billing question in a login problem) reads as not listening.
  const topics = TOPICS.filter((t) => p.tags.includes(t));
  if (topics.length > 0 && m.needs.topics.length > 0 && !topics.some((t) => m.needs.topics.includes(t)))
    return false;
  if (p.kind === 'boundary') return p.tier === m.boundary.offer;
  if (p.kind === 'clarify' && p.fact !== undefined) return m.needs.missing.includes(p.fact);
  return true;
}

function score(p: Phrase, m: Moment, filledMissing: number, values: TemplateValues): number {
  let s = p.stages.includes(m.stage) ? 3 : -4;
  if (Array.isArray(p.signals))
    s += p.signals.some((x) => m.signals.has(x)) ? 3 : m.signals.size > 0 ? -2 : -1;
  else if (p.signals === 'none') s += 1;
  // Tags tie a phrase to a situation: offered when it holds, pushed down when it does not.
  if (p.tags.includes('repeat')) s += m.repeated ? 2 : -3;
  if (p.tags.includes('listen')) s += m.burst ? 3 : -3;
  if (TOPICS.some((t) => p.tags.includes(t) && m.needs.topics.includes(t))) s += 2;
  s -= 2 * filledMissing;
  // A phrase that can use a fact the customer gave reads as personal, not canned.
  if (
    parseTemplate(p.text).some(
      (t) => values[t.name] && !t.name.startsWith('agent.') && !t.name.startsWith('customer.'),
    )
  )
    s += 2;
  if (p.kind === 'clarify') {
    const missing = m.needs.missing;
    if (p.fact !== undefined) s += (missing.length - missing.indexOf(p.fact)) * 3;
    else s += m.needs.vague ? missing.length * 3 - 1 : -3;
  }
  return s;
}

/** The best `limit` suggestions of one kind for this moment, best first. */
export function rankKind(
  kind: SuggestionKind,
  playbook: readonly Phrase[],
  m: Moment,
  values: TemplateValues,
  why: string,
  variety: string,
  limit: number,
): Suggestion[] {
  const scored: Scored[] = [];
  for (const p of playbook) {
    if (p.kind !== kind || !fits(p, m, values)) continue;
    const filled = fillTemplate(p.text, values);
    const words = tokenSet(filled.text);
    if (m.agentSent.some((sent) => isNearCopySet(words, sent))) continue;
    const jitter = (hash(`${variety}|${p.id}`) / 2 ** 32) * 0.99;
    const suggestion: Suggestion = {
      phraseId: p.id,
      kind,
      text: filled.text,
      template: p.text,
      fromCustomer: filled.fromCustomer,
      missing: filled.missing,
      why: p.fact ? `still missing: ${FACT_WORDS[p.fact]}` : why,
    };
    if (p.tier !== undefined) suggestion.tier = p.tier;
    scored.push({ suggestion, score: score(p, m, filled.missing.length, values) + jitter, fact: p.fact });
  }
  scored.sort((a, b) => b.score - a.score || a.suggestion.phraseId.localeCompare(b.suggestion.phraseId));
  if (kind !== 'clarify') return scored.slice(0, limit).map((s) => s.suggestion);
  // One question per missing fact before a second wording of the same question.
  const firsts = scored.filter(
    (s, i) => s.fact === undefined || scored.findIndex((o) => o.fact === s.fact) === i,
  );
  const rest = scored.filter((s) => !firsts.includes(s));
  return [...firsts, ...rest].slice(0, limit).map((s) => s.suggestion);
}
