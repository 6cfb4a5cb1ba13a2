/**
 * One message in, signals out: phrase rules, abuse words (creative spelling undone), AFINN with the support
 * vocabulary, negation and loudness, and the learned model's estimate. Every signal carries the spans that raised it.
 */
import { abuseHits } from './abuse';
import { Evidence } from './evidence';
import { measureIntensity } from './intensity';
import { detectLanguage } from './language';
import { modelEstimate } from './model/linear';
import { negationHits } from './negation';
import { PHRASES, type PhraseRule } from './rules';
import { afinnScore } from './sentiment';
import { signalsFrom } from './signals';
import { MAX_ANALYSED_CHARS, tokenize } from './tokens';
import type { AnalyzerOptions, MessageAnalysis, Span } from './types';

const EMPTY: MessageAnalysis = {
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
  const phrases = PHRASES.matchAll(tokens);
  let phraseValence = 0;
  const seen = new Set<string>();
  for (const m of phrases) {
    const rule: PhraseRule = m.data;
    evidence.add(rule.signal, spanOf(text, m.start, m.end, rule.id), rule.weight);
    if (!seen.has(rule.id)) phraseValence += rule.valence;
    seen.add(rule.id);
  }
  abuseHits(text, tokens, evidence);
  const negated = negationHits(text, tokens, evidence);
  const valence = afinnScore(text, tokens);
  const afinn = valence.score + phraseValence + negated.valenceShift;
  const comparative = afinn / tokens.length;
  const loud = measureIntensity(text, tokens);

  if (afinn <= -3 && comparative <= -0.25) {
    const words = valence.negativeWords.slice(0, 3).join(', ');
    const first = tokens.find((t) => valence.negativeWords.includes(t.norm));
    if (first) evidence.add('frustration', spanOf(text, first.start, first.end, 'afinn:negative'), afinn <= -6 ? 0.5 : 0.3);
    void words;
  }
  const model = modelEstimate(tokens, { afinn, comparative, intensity: loud.value });
  for (const hit of model.hits) evidence.add('frustration', spanOf(text, hit.start, hit.end, 'model:words'), hit.weight);

  const negative = evidence.total('frustration') + evidence.total('anger') + evidence.total('abusive');
  if (negative > 0.3 || afinn < 0) {
    const first = loud.shouting[0];
    if (first) evidence.add('anger', { ...first }, negative > 0.5 ? 0.55 : 0.3);
    const bang = loud.punctuation[0];
    if (bang) evidence.add('anger', { ...bang }, negative > 0.5 ? 0.3 : 0.15);
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

function asksQuestion(text: string, tokens: { norm: string; end: number }[]): boolean {
  if (text.includes('?')) return true;
  const opening = tokens.slice(0, 4);
  if (opening.length < 2) return false;
  return opensQuestionCached(text.slice(0, (opening.at(-1) as { end: number }).end));
}

import { opensQuestion } from './nlp';

const QUESTION_START = new Set([
  'how',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'can',
  'could',
  'do',
  'does',
  'did',
  'is',
  'are',
  'will',
  'would',
  'should',
  'have',
  'has',
]);

function opensQuestionCached(opening: string): boolean {
  const first = opening.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  // compromise only when the first word could open a question at all.
  return QUESTION_START.has(first) ? opensQuestion(opening) : false;
}
