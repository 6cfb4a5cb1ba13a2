/**
 * The phrase rules over one message's tokens, with the vetoes that keep look-alikes out ("cancel my order" is not
 * leaving, "someone in sales" is not someone senior), and the clause breaks the model's cues read.
 */
import type { Evidence } from './evidence';
import { ACCUSATIONS, YES_NO_OPENERS } from './lexicon/anger';
import { REPEAT_PURCHASE } from './lexicon/frustration';
import {
  CHURN_BUSINESS_THINGS,
  CHURN_FROM_VETO,
  CHURN_INSIDE_VETO,
  CHURN_PROVIDERS,
  CHURN_VETO,
  COMPLAINT_AFTER_VETO,
  DEPARTMENTS,
  DEPARTMENTS_THAT_ESCALATE,
  ESCALATION_HIGHER_THINGS,
  ESCALATION_ROLE_THINGS,
  ESCALATION_ROUTINE_TOPICS,
  ESCALATION_TOPIC_KEEP,
  ESCALATION_TOPIC_OPENERS,
  ESCALATION_VETO,
  NOTICE_VERBS,
} from './lexicon/threats';
import type { PatternMatch } from './patterns';
import { PHRASES, type PhraseRule } from './rules';
import { wordValence } from './sentiment';
import { asksToRedo, literalJoke, someoneElseActs, someoneElseFeels } from './subject-vetoes';
import type { Token } from './tokens';
import type { Span } from './types';

const churnVeto = new Set<string>(CHURN_VETO);
const escalationVeto = new Set<string>(ESCALATION_VETO);
const roleThings = new Set<string>(ESCALATION_ROLE_THINGS);
const routineTopics = new Set<string>(ESCALATION_ROUTINE_TOPICS);
const churnInsideVeto = new Set<string>(CHURN_INSIDE_VETO);
const churnFromVeto = new Set<string>(CHURN_FROM_VETO);
const complaintAfterVeto = new Set<string>(COMPLAINT_AFTER_VETO);
const repeatPurchase = new Set<string>(REPEAT_PURCHASE);
const accusations = new Set<string>(ACCUSATIONS);
const yesNoOpeners = new Set<string>(YES_NO_OPENERS);
const departments = new Set<string>(DEPARTMENTS);
const noticeVerbs = new Set<string>(NOTICE_VERBS);
const departmentsThatEscalate = new Set<string>(DEPARTMENTS_THAT_ESCALATE);
const topicOpeners = new Set<string>(ESCALATION_TOPIC_OPENERS);
const topicKeep = new Set<string>(ESCALATION_TOPIC_KEEP);
const businessThings = new Set<string>(CHURN_BUSINESS_THINGS);
const providers = new Set<string>(CHURN_PROVIDERS);
const higherThings = new Set<string>(ESCALATION_HIGHER_THINGS);

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
    if (vetoed(text, tokens, m, vetoChurn)) continue;
    evidence.add(rule.signal, spanOf(text, m.start, m.end, rule.id), rule.weight);
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    let own = 0;
    for (let i = m.from; i < m.to; i++) own += wordValence((tokens[i] as Token).norm);
    valence += Math.min(0, rule.valence - Math.min(0, own));
  }
  return valence;
}

/** Whether a match is a look-alike of its rule rather than the signal (the vetoes in the lexicons). */
function vetoed(text: string, tokens: Token[], m: PatternMatch<PhraseRule>, vetoChurn: boolean): boolean {
  const next = tokens[m.to]?.norm ?? '';
  const after = tokens[m.to + 1]?.norm ?? '';
  switch (m.data.signal) {
    case 'threat_churn':
      return (
        vetoChurn ||
        // "I lost my business card": a thing of the customer's, not their custom
        endsOnBefore(tokens, m, 'business', businessThings) ||
        objectAfterNotice(text, tokens, m) ||
        housekeeping(tokens, m.from, m.to) ||
        (next === 'from' && churnFromVeto.has(after))
      );
    case 'threat_escalation':
      return (
        vetoedInside(tokens, m.from, m.to, escalationVeto) ||
        // "a higher tier", "get your head out of …": a plan or a body, not someone above the agent
        endsOnBefore(tokens, m, 'higher', higherThings) ||
        (tokens[m.to - 1]?.norm === 'head' &&
          /^(your|my|his|her)$/.test(tokens[m.to - 2]?.norm ?? '') &&
          next !== 'of') ||
        asksForDepartment(tokens, m.to) ||
        // "a manager role", "escalate privileges": a setting in the product
        (/^(manager|managers|supervisor|supervisors|escalat)/.test(tokens[m.to - 1]?.norm ?? '') &&
          roleThings.has(next)) ||
        namesADepartment(tokens, m.to) ||
        // "check with your supervisor whether …": a question to pass on, not a hand-off
        next === 'whether' ||
        (next === 'if' && /^(ask|check|with)$/.test(tokens[m.from - 1]?.norm ?? ''))
      );
    case 'threat_complaint':
      // "no complaints here", "not complaining": said to be calm
      if (complaintAfterVeto.has(next) || /^(no|not|never)$/.test(tokens[m.from - 1]?.norm ?? ''))
        return true;
      // "make a claim for a crushed parcel": the damage-claim process, unless it is against someone
      return (
        /^claims?$/.test(tokens[m.to - 1]?.norm ?? '') &&
        (next === 'for' || next === 'on') &&
        !tokens.some((t) => t.norm === 'against')
      );
    case 'frustration':
      // "third time ordering from you": a returning customer; "livid at first, but…": a feeling that has passed.
      if (endsOnBefore(tokens, m, 'time', repeatPurchase) || atFirst(tokens, m.to)) return true;
      return (
        someoneElseFeels(tokens, m.from) || asksToRedo(tokens, m.from) || literalJoke(tokens, m.from, m.to)
      );
    case 'abusive':
      // "more than you would think": a comparison with what the agent expects, not with the agent
      if (tokens[m.to - 1]?.norm === 'you' && YOU_EXPECT.test(next)) return true;
      return someoneElseActs(tokens, m.from);
    case 'anger':
      // "furious with myself": the feeling is at their own slip (lexicon SELF_BLAME), not at the service.
      if ((next === 'at' || next === 'with') && after === 'myself') return true;
      if (atFirst(tokens, m.to)) return true;
      // "can my partner log in without my permission?": a question about a setting, not an accusation
      if (tokens[m.from]?.norm === 'without' && asksWhether(text, tokens, m.from)) return true;
      if (someoneElseFeels(tokens, m.from)) return true;
      return (
        m.to - m.from === 1 &&
        accusations.has(tokens[m.from]?.norm ?? '') &&
        asksWhether(text, tokens, m.from)
      );
    default:
      return false;
  }
}

/** Whether the match ends on `last` and the word after it names a thing: "business card", "higher tier". */
function endsOnBefore(
  tokens: Token[],
  m: PatternMatch<PhraseRule>,
  last: string,
  things: ReadonlySet<string>,
) {
  return tokens[m.to - 1]?.norm === last && things.has(tokens[m.to]?.norm ?? '');
}

/**
 * "someone in sales", "a person about financing", "someone about my invoice" (a routine topic after my/the/your): a
 * department or a topic, not someone past the agent; "someone about this" or "about my refund" still escalates.
 */
function asksForDepartment(tokens: Token[], to: number): boolean {
  const next = tokens[to]?.norm;
  if (next === undefined || !topicOpeners.has(next)) return false;
  const first = tokens[to + 1]?.norm ?? 'this';
  return !topicKeep.has(first) || (first !== 'this' && routineTopics.has(tokens[to + 2]?.norm ?? ''));
}

/** "I was livid at first, but you fixed it": the words right after the feeling say it has passed. */
const atFirst = (tokens: Token[], to: number) =>
  tokens[to]?.norm === 'at' && tokens[to + 1]?.norm === 'first';

const YOU_EXPECT = /^(would|will|might|may|think|expect|imagine|need|want|realise|realize)$/;

/**
 * Whether the word at `at` sits in a yes/no question: its clause opens with "is/could/might…" and a "?" ends the
 * sentence ("could this be a scam?"). "Why is this such a scam?" opens with "why" and stays an accusation.
 */
function asksWhether(text: string, tokens: Token[], at: number): boolean {
  let k = at;
  while (k > 0 && !breakBefore(text, tokens, k)) k--;
  if (!yesNoOpeners.has((tokens[k] as Token).norm)) return false;
  const rest = text.slice((tokens[at] as Token).end);
  const end = rest.search(/[.!?\n]/);
  return end >= 0 && rest[end] === '?';
}

/**
 * "I'm cancelling." is notice of leaving; "I'm cancelling the order" names what is cancelled, and the rules for an
 * account or a subscription decide. True when a churn match that ends on the notice verb has a word after it in the
 * same clause.
 */
function objectAfterNotice(text: string, tokens: Token[], m: PatternMatch<PhraseRule>): boolean {
  const first = tokens[m.from]?.norm;
  if ((first !== 'i' && first !== 'we') || !noticeVerbs.has(tokens[m.to - 1]?.norm ?? '')) return false;
  return m.to < tokens.length && !breakBefore(text, tokens, m.to);
}

/**
 * "someone in your billing department", "the manager of the Leeds shop", "transfer me to the billing team": a team or
 * a branch, within four words.
 */
function namesADepartment(tokens: Token[], to: number): boolean {
  const next = tokens[to]?.norm;
  if (next !== 'in' && next !== 'of' && next !== 'to') return false;
  for (let k = to + 1; k < tokens.length && k <= to + 4; k++) {
    const norm = (tokens[k] as Token).norm;
    if (departmentsThatEscalate.has(norm)) return false;
    if (departments.has(norm)) return true;
  }
  return false;
}

/**
 * "close the duplicate account", "the old profile": housekeeping, not leaving; but "go to an other company" names
 * where the customer goes (non-native English drops the article), so "other" before a provider is not a veto.
 */
function housekeeping(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = (tokens[i] as Token).norm;
    if (!churnInsideVeto.has(norm)) continue;
    if (norm === 'other' && providers.has(tokens[i + 1]?.norm ?? '')) continue;
    return true;
  }
  return false;
}

function vetoedInside(tokens: Token[], from: number, to: number, veto: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (veto.has((tokens[i] as Token).norm)) return true;
  return false;
}

/** Indexes of tokens with clause punctuation between them and the previous token. */
export function clauseBreaks(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length && i < 400; i++) if (breakBefore(text, tokens, i)) out.add(i);
  return out;
}

/** Whether clause punctuation (or a line break) stands between token `i` and the one before it. */
function breakBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  const t = tokens[i] as Token;
  return t.start > prev.end && /[.,;:!?()\n]/.test(text.slice(prev.end, t.start));
}
