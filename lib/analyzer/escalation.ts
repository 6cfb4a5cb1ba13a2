/**
 * One message in, signals out: phrase rules, abuse words (creative spelling undone), AFINN with the support
 * vocabulary, negation and loudness, and the learned model's estimate. Every signal carries the spans that raised it.
 */

import type { Sensitivity } from '../chat';
import { abuseHits, swearsInJoy } from './abuse';
import { aimedAtSomeone, onlyPronounsAndGlue, SECOND_PERSON } from './aimed-at-someone';
import { answersQuestion, ownWords } from './context';
import { Evidence } from './evidence';
import { measureIntensity } from './intensity';
import { detectLanguage, FUNCTION_WORDS } from './language';
import { abuseEstimate, SHIPPED_ABUSE_MODEL } from './model/abuse-model';
import type { DenseCues } from './model/features';
import { type AnalyzerModels, type ModelEstimate, modelEstimate, SHIPPED_MODEL } from './model/linear';
import { negationHits } from './negation';
import { clauseBreaks, phraseHits, spanOf } from './phrase-hits';
import { POLITE, SELF_BLAME } from './rules';
import { sarcasmHits } from './sarcasm';
import { afinnScore, wordValence } from './sentiment';
import { signalsFrom, strengthOf, THRESHOLDS } from './signals';
import { MAX_ANALYSED_CHARS, type Token, tokenize } from './tokens';
import type { AnalyzerOptions, MessageAnalysis, SignalName } from './types';
import { opensQuestion } from './word-classes';

/** The analysis of a message with nothing to judge (empty, or not English enough): no signal, neutral. */
export const EMPTY_ANALYSIS: Readonly<MessageAnalysis> = {
  signals: [],
  afinn: 0,
  comparative: 0,
  intensity: 0,
  isQuestion: false,
  language: 'en',
};

/** Analyse one customer message. Never throws: any text, of any size, gets a result. */
export function analyzeMessage(text: string, opts: AnalyzerOptions = {}): MessageAnalysis {
  try {
    return analyze(typeof text === 'string' ? text : String(text ?? ''), opts);
  } catch {
    return { ...EMPTY_ANALYSIS };
  }
}

/** Everything the hand rules see in one message, before the learned model decides on frustration and anger. */
export interface Gathered {
  text: string;
  tokens: Token[];
  evidence: Evidence;
  cues: DenseCues;
  language: 'en' | 'unknown';
}

/** Tokens, rule evidence and dense cues for a text (also used by tools/train to build the same features). */
export function gather(
  input: string,
  dismissedRules: readonly string[] = [],
  learnedRules: readonly string[] = [],
): Gathered {
  const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const tokens = tokenize(text);
  const evidence = new Evidence(new Set(dismissedRules), new Set(learnedRules));
  const isQuestion = asksQuestion(text, tokens);
  const language = tokens.length === 0 ? 'en' : detectLanguage(text, tokens);
  const cues: DenseCues = {
    afinn: 0,
    comparative: 0,
    intensity: 0,
    frustration: 0,
    anger: 0,
    abusive: 0,
    threat: 0,
    question: isQuestion,
    exclamations: 0,
    ellipsis: false,
    breaks: new Set<number>(),
  };
  if (tokens.length === 0 || language === 'unknown') return { text, tokens, evidence, cues, language };

  cues.exclamations = (text.match(/!/g) ?? []).length;
  cues.ellipsis = /\.\.\.|…/.test(text);
  cues.breaks = clauseBreaks(text, tokens);
  const phraseValence = phraseHits(text, tokens, evidence);
  sarcasmHits(text, tokens, evidence);
  abuseHits(text, tokens, evidence);
  const negation = negationHits(text, tokens, evidence);
  const valence = afinnScore(text, tokens);
  if (swearsInJoy(tokens, valence))
    evidence.drop(['abusive', 'frustration'], (span) => SWEARING.has(span.rule));
  cues.afinn = valence.score + phraseValence + negation.valenceShift;
  cues.comparative = cues.afinn / tokens.length;
  if (cues.afinn <= -3 && cues.comparative <= -0.25) {
    const first = tokens.find((t) => wordValence(t.norm) < 0);
    if (first) {
      const weight = cues.afinn <= -6 ? 0.5 : 0.3;
      evidence.add('frustration', spanOf(text, first.start, first.end, 'afinn:negative'), weight);
    }
  }
  const loud = measureIntensity(text, tokens);
  cues.intensity = loud.value;
  // Loudness is anger only when something negative is being said loudly.
  const negative = evidence.total('frustration') + evidence.total('anger') + evidence.total('abusive');
  if (negative > 0.3 || cues.afinn < 0) {
    const shout = loud.shouting[0];
    if (shout) evidence.add('anger', shout, negative > 0.5 ? 0.55 : 0.3);
    const bang = loud.punctuation[0];
    if (bang) evidence.add('anger', bang, negative > 0.5 ? 0.3 : 0.15);
  }
  cues.frustration = evidence.total('frustration');
  cues.anger = evidence.total('anger');
  cues.abusive = evidence.total('abusive');
  cues.threat = THREATS.reduce((sum, name) => sum + evidence.total(name), 0);
  return { text, tokens, evidence, cues, language };
}

const THREATS = ['threat_churn', 'threat_complaint', 'threat_escalation', 'threat_legal'] as const;
/** Rule evidence that raises frustration or anger even when the model is unsure (several strong cues). */
const RULE_OVERRIDE = 1.2;

function thresholdFor(sensitivity: Sensitivity, base: number): number {
  if (sensitivity === 'high') return base * 0.75;
  if (sensitivity === 'low') return base + (1 - base) * 0.3;
  return base;
}

function analyze(input: string, opts: AnalyzerOptions): MessageAnalysis {
  const g = gather(ownWords(input, opts.replyTo), opts.dismissedRules, opts.learnedRules);
  if (g.tokens.length === 0) return { ...EMPTY_ANALYSIS };
  if (g.language === 'unknown')
    return { ...EMPTY_ANALYSIS, isQuestion: g.cues.question, language: g.language };
  // The analysis is of the customer's own words, but its spans point into the text as typed.
  const own = { ...g, text: input.slice(0, g.text.length) };
  const models = withShipped(opts.models);
  const abuse = answersQuestion(g.tokens, opts.replyTo) ? undefined : abuseEstimateOf(g, models.abuse);
  const estimate = modelEstimate(g.tokens, g.cues, models.feeling);
  return decide(own, estimate, opts.sensitivity ?? 'default', abuse, models);
}

function withShipped(models: Partial<AnalyzerModels> = {}): AnalyzerModels {
  return { feeling: models.feeling ?? SHIPPED_MODEL, abuse: models.abuse ?? SHIPPED_ABUSE_MODEL };
}

/** The learned abuse estimate of a gathered message (also used by tools/train). */
export function abuseEstimateOf(g: Gathered, model = SHIPPED_ABUSE_MODEL): ModelEstimate {
  const cues = {
    rule: g.evidence.total('abusive'),
    frustration: g.cues.frustration,
    question: g.cues.question,
    afinn: g.cues.afinn,
  };
  return abuseEstimate(g.tokens, cues, model);
}

/**
 * The rules' evidence and the models' estimates, combined into signals at the models' thresholds. Leaves `g`
 * untouched, so tools/train can gather a text once and decide for several models and thresholds.
 */
export function decide(
  g: Gathered,
  estimate: ModelEstimate,
  sensitivity: Sensitivity,
  abuse?: ModelEstimate,
  models: Partial<AnalyzerModels> = {},
): MessageAnalysis {
  const { text, tokens, cues, language } = g;
  const evidence = g.evidence.clone();
  const { feeling, abuse: abuseModel } = withShipped(models);
  const t = thresholdFor(sensitivity, feeling.threshold);
  const suppressed = new Set<SignalName>();
  const ta = thresholdFor(sensitivity, abuseModel.threshold);
  if (abuse && abuse.probability >= ta && (evidence.total('abusive') > 0 || aimedAtSomeone(g, abuse, ta))) {
    // Abuse in words no list holds: the model's words are the span, at the flagging strength or above.
    const strength =
      THRESHOLDS[sensitivity] + (0.9 - THRESHOLDS[sensitivity]) * ((abuse.probability - ta) / (1 - ta));
    const needed = -Math.log(1 - strength) - evidence.total('abusive');
    // "you're" carries the targeting, but the words that insult are what the agent needs to see.
    const insulting = abuse.top.filter((c) => !onlyPronounsAndGlue(tokens, c.from, c.to));
    const chunks = insulting.length > 0 ? insulting : abuse.top;
    for (const c of chunks.length > 0 ? chunks : [{ from: 0, to: tokens.length }])
      evidence.add(
        'abusive',
        spanOf(text, (tokens[c.from] as Token).start, (tokens[c.to - 1] as Token).end, 'model:abuse'),
        Math.max(0, needed),
      );
  }
  if (estimate.probability >= t) {
    // The model's confidence, mapped onto the signal strength scale: the threshold lands on the flagging strength.
    const strength =
      THRESHOLDS[sensitivity] + (0.95 - THRESHOLDS[sensitivity]) * ((estimate.probability - t) / (1 - t));
    const needed = -Math.log(1 - strength);
    const target = cues.anger >= 0.45 && cues.anger >= cues.frustration ? 'anger' : 'frustration';
    const have = evidence.total(target);
    const spans = estimate.top.map((c) =>
      spanOf(text, (tokens[c.from] as Token).start, (tokens[c.to - 1] as Token).end, 'model:words'),
    );
    // No single word stands out (the message as a whole reads negative): the message is the span.
    if (spans.length === 0)
      spans.push(spanOf(text, (tokens[0] as Token).start, (tokens.at(-1) as Token).end, 'model:message'));
    for (const span of spans) evidence.add(target, span, Math.max(0, needed - have));
  }
  // Blaming oneself or a polite formula ("I hate to bother you"): what reads negative is not at the service.
  const unsure =
    estimate.probability < t || SELF_BLAME.matchAll(tokens).length > 0 || POLITE.matchAll(tokens).length > 0;
  if (unsure) {
    if (cues.frustration < RULE_OVERRIDE) suppressed.add('frustration');
    if (cues.anger < RULE_OVERRIDE) suppressed.add('anger');
  }
  if (strengthOf(evidence.total('abusive')) >= THRESHOLDS[sensitivity]) explainOnceAsAbuse(g, evidence);
  return {
    signals: signalsFrom(evidence, sensitivity, suppressed),
    afinn: cues.afinn,
    comparative: cues.comparative,
    intensity: cues.intensity,
    isQuestion: cues.question,
    negativity: Math.round((estimate.probability / t) * 100) / 100,
    language,
  };
}

/** Swearing is loudness of any mood ("this is f***ing broken" is frustration too); these name someone. */
const SWEARING = new Set(['abusive:profanity', 'abusive:mild', 'frustration:mild-swearing']);

/**
 * Words that are abuse at the agent are explained as that, not a second time as frustration or anger: a frustration
 * or anger span goes when every content word in it is inside an aimed abusive span ("an idiot" in "you're an idiot"),
 * and stays when it holds words of its own ("still not working").
 */
function explainOnceAsAbuse(g: Gathered, evidence: Evidence): void {
  const aimed = (evidence.hits.get('abusive') ?? []).map((h) => h.span).filter((s) => !SWEARING.has(s.rule));
  if (aimed.length === 0) return;
  const inside = (t: Token) => aimed.some((s) => s.start <= t.start && t.end <= s.end);
  evidence.drop(['frustration', 'anger'], (span) => {
    let content = 0;
    for (const t of g.tokens) {
      if (t.start < span.start || t.end > span.end || FUNCTION_WORDS.has(t.norm) || SECOND_PERSON.has(t.norm))
        continue;
      content++;
      if (!inside(t)) return false;
    }
    return content > 0;
  });
}

function asksQuestion(text: string, tokens: Token[]): boolean {
  if (text.includes('?')) return true;
  return opensQuestion(tokens);
}
