/**
 * Ranking the phrases of one kind for this moment: fit to the stage and the customer's signals, the facts still
 * missing, the boundary tier due, and never what the agent already sent. Ties are broken by a hash of the conversation
 * and the number of agent turns, so the same input gives the same list while the agent sees fresh wording each turn.
 */
import type { OfferKind, SuggestionKind } from '../chat';
import { type Fact, type Phrase, phraseOffers } from '../playbook/schema';
import { fillTemplate, parseTemplate, type TemplateValues } from '../playbook/template';
import type { Moment } from './moment';
import { phraseTypes } from './problem-type';
import { isNearCopySet, tokenSet } from './similarity';
import type { Suggestion } from './types';

/**
 * Placeholders the conversation fills: with no value and no fallback, the sentence would have a hole where a fact
 * belongs, so the phrase is not offered. The others (the agent's name, a timeline, a team) only the agent knows; the
 * panel asks for them.
 */
export const CONVERSATION_PLACEHOLDERS: readonly string[] = [
  'customer.firstName',
  'customer.name',
  'customer.email',
  'order.id',
  'account.id',
  'device',
  'error.message',
  'date',
];

/** What ranking needs besides the moment: the placeholder values and the offers the agent may make. */
export interface RankInput {
  playbook: readonly Phrase[];
  moment: Moment;
  values: TemplateValues;
  offers: readonly OfferKind[];
  /** The one line shared by every card of the kind. */
  why: string;
  /** Tie-breaker seed (see the file comment). */
  variety: string;
}

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

function fits(p: Phrase, m: Moment, values: TemplateValues, offers: readonly OfferKind[]): boolean {
  if (p.signals === 'none' && m.signals.size > 0) return false;
  // A fact the sentence needs and nobody gave: not offered (an email or account id counts only from the page).
  if (
    parseTemplate(p.text).some(
      (t) => CONVERSATION_PLACEHOLDERS.includes(t.name) && t.fallback === undefined && !values[t.name],
    )
  )
    return false;
  // Money or a policy exception: only once the agent is solving, and only what the agent's settings allow.
  const costs = phraseOffers(p);
  if (costs.length > 0 && (m.stage !== 'resolving' || !costs.every((o) => offers.includes(o)))) return false;
  // A customer tired of scripted replies gets plain words, not stock empathy; the plain ones fit only then.
  if (p.tags.includes('stock') && m.tiredOfScripts) return false;
  if (p.tags.includes('scripted') && !m.scripted) return false;
  // A phrase about another problem (a billing question in a login problem) reads as not listening.
  const types = phraseTypes(p.tags);
  if (types.length > 0 && m.needs.types.length > 0 && !types.some((t) => m.needs.types.includes(t)))
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
  if (phraseTypes(p.tags).some((t) => m.needs.types.includes(t))) s += 2;
  if (p.tags.includes('scripted')) s += 4;
  // An offer reaches ranking only when the agent may make it and is solving: then it is the concrete answer.
  if (phraseOffers(p).length > 0) s += 3;
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
export function rankKind(kind: SuggestionKind, input: RankInput, limit: number): Suggestion[] {
  const { moment: m, values } = input;
  const scored: Scored[] = [];
  for (const p of input.playbook) {
    if (p.kind !== kind || !fits(p, m, values, input.offers)) continue;
    const filled = fillTemplate(p.text, values);
    const words = tokenSet(filled.text);
    if (m.agentSent.some((sent) => isNearCopySet(words, sent))) continue;
    const jitter = (hash(`${input.variety}|${p.id}`) / 2 ** 32) * 0.99;
    const suggestion: Suggestion = {
      phraseId: p.id,
      kind,
      text: filled.text,
      template: p.text,
      fromCustomer: filled.fromCustomer,
      missing: filled.missing,
      why: input.why,
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
