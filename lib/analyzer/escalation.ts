/**
 * One message in, signals out: phrase rules, abuse words (creative spelling undone), AFINN with the support
 * vocabulary, negation and loudness, and the learned model's estimate. Every signal carries the spans that raised it.
 */
import { abuseHits } from './abuse';
import { Evidence } from './evidence';
import { measureIntensity } from './intensity';
import { detectLanguage } from './language';
import { CHURN_VETO } from './lexicon/threats';
import { modelEstimate } from './model/linear';
import { negationHits } from './negation';
import { opensQuestion } from './nlp';
import { PHRASES } from './rules';
import { afinnScore, wordValence } from './sentiment';
import { signalsFrom } from './signals';
import { MAX_ANALYSED_CHARS, type Token, tokenize } from './tokens';
import type { AnalyzerOptions, MessageAnalysis, Span } from './types';

const EMPTY: MessageAnalysis = {
  signals: [],
  afinn: 0,
  comparative: 0,
  intensity: 0,
  isQuestion: false,
  language: 'en',
};
const churnVeto = new Set<string>(CHURN_VETO);
const QUESTION_START = new Set(
  'how what when where which who why can could do does did is are will would should have has'.split(' '),
);

/** Analyse one customer message. Never throws: any text, of any size, gets a result. */
export function analyzeMessage(text: string, opts: AnalyzerOptions = {}): MessageAnalysis {
  try {
    return analyze(typeof text === 'string' ? text : String(text ?? ''), opts);
  } catch {
    return { ...EMPTY };
  }
}

function spanOf(text: string, start: number, end: number, rule: string): Span {
  return { start, end, text: text.slice(start, end), rule };
}

function analyze(input: string, opts: AnalyzerOptions): MessageAnalysis {
  const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const tokens = tokenize(text);
  if (tokens.length === 0) return { ...EMPTY };
  const language = detectLanguage(text, tokens);
  const isQuestion = asksQuestion(text, tokens);
  if (language === 'unknown') return { ...EMPTY, isQuestion, language };

  const evidence = new Evidence(new Set(opts.dismissedRules ?? []));
  const phraseValence = phraseHits(text, tokens, evidence);
  abuseHits(text, tokens, evidence);
  const negation = negationHits(text, tokens, evidence);
  const valence = afinnScore(text, tokens);
  const afinn = valence.score + phraseValence + negation.valenceShift;
  const comparative = afinn / tokens.length;
  const loud = measureIntensity(text, tokens);

  if (afinn <= -3 && comparative <= -0.25) {
    const first = tokens.find((t) => wordValence(t.norm) < 0);
    if (first) {
      evidence.add('frustration', spanOf(text, first.start, first.end, 'afinn:negative'), afinn <= -6 ? 0.5 : 0.3);
    }
  }
  const model = modelEstimate(tokens, { afinn, comparative, intensity: loud.value });
  for (const hit of model.hits) evidence.add('frustration', spanOf(text, hit.start, hit.end, 'model:words'), hit.weight);

  // Loudness is anger only when something negative is being said loudly.
  const negative = evidence.total('frustration') + evidence.total('anger') + evidence.total('abusive');
  if (negative > 0.3 || afinn < 0) {
    const shout = loud.shouting[0];
    if (shout) evidence.add('anger', shout, negative > 0.5 ? 0.55 : 0.3);
    const bang = loud.punctuation[0];
    if (bang) evidence.add('anger', bang, negative > 0.5 ? 0.3 : 0.15);
  }
  return {
    signals: signalsFrom(evidence, opts.sensitivity ?? 'default'),
    afinn,
    comparative,
    intensity: loud.value,
    isQuestion,
    language,
  };
}

/** Add every phrase rule's evidence; returns the AFINN points the support vocabulary adds beyond AFINN's own. */
function phraseHits(text: string, tokens: Token[], evidence: Evidence): number {
  const vetoChurn = tokens.some((t) => churnVeto.has(t.norm));
  let valence = 0;
  const seen = new Set<string>();
  for (const m of PHRASES.matchAll(tokens)) {
    const rule = m.data;
    if (rule.signal === 'threat_churn' && vetoChurn) continue;
    evidence.add(rule.signal, spanOf(text, m.start, m.end, rule.id), rule.weight);
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    let own = 0;
    for (let i = m.from; i < m.to; i++) own += wordValence((tokens[i] as Token).norm);
    valence += Math.min(0, rule.valence - Math.min(0, own));
  }
  return valence;
}

function asksQuestion(text: string, tokens: Token[]): boolean {
  if (text.includes('?')) return true;
  const first = tokens[0];
  const fourth = tokens[Math.min(3, tokens.length - 1)] as Token;
  // compromise only when the first word could open a question at all.
  if (!first || tokens.length < 2 || !QUESTION_START.has(first.norm)) return false;
  return opensQuestion(text.slice(first.start, fourth.end));
}
