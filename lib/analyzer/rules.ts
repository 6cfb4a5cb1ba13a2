/**
 * All phrase lexicons compiled into one pattern set, each entry tagged with its signal, weight and a stable rule id
 * (the id is what an agent dismisses, so it must not change when unrelated entries are added).
 */
import { ABUSIVE_PHRASES } from './lexicon/abuse';
import { ANGER_MEDIUM, ANGER_STRONG } from './lexicon/anger';
import {
  FRUSTRATION_MEDIUM,
  FRUSTRATION_STRONG,
  FRUSTRATION_WEAK,
  SELF_BLAME as SELF_BLAME_PHRASES,
} from './lexicon/frustration';
import { POLITE_FORMULAS } from './lexicon/support';
import { CHURN, COMPLAINT, ESCALATION, LEGAL } from './lexicon/threats';
import { PatternSet } from './patterns';
import type { SignalName } from './types';

export interface PhraseRule {
  id: string;
  signal: SignalName;
  /** Evidence this phrase adds; 1 or more flags on its own. */
  weight: number;
  /** AFINN points the support vocabulary gives the phrase. */
  valence: number;
}

export const WEIGHT = { strong: 1.2, medium: 0.6, weak: 0.22 } as const;

function slug(pattern: string): string {
  return pattern
    .replace(/[*?~_]/g, '')
    .split(/\s+/)
    .map((el) => el.split('|')[0])
    .filter(Boolean)
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 48);
}

function tier(
  signal: SignalName,
  list: readonly string[],
  weight: number,
  valence: number,
): [string, PhraseRule][] {
  return list.map((p) => [p, { id: `${signal}:${slug(p)}`, signal, weight, valence }]);
}

const THREAT = 1.2;

/** Every phrase rule: [pattern, rule]. */
export const PHRASE_RULES: readonly (readonly [string, PhraseRule])[] = [
  ...tier('frustration', FRUSTRATION_STRONG, WEIGHT.strong, -3),
  ...tier('frustration', FRUSTRATION_MEDIUM, WEIGHT.medium, -2),
  ...tier('frustration', FRUSTRATION_WEAK, WEIGHT.weak, 0),
  ...tier('anger', ANGER_STRONG, WEIGHT.strong, -3),
  ...tier('anger', ANGER_MEDIUM, WEIGHT.medium, -2),
  ...tier('abusive', ABUSIVE_PHRASES, WEIGHT.strong, -3),
  ...tier('threat_churn', CHURN, THREAT, -1),
  ...tier('threat_complaint', COMPLAINT, THREAT, -2),
  ...tier('threat_escalation', ESCALATION, THREAT, -1),
  ...tier('threat_legal', LEGAL, THREAT, -2),
];

/** Every phrase rule, matched in one pass. */
export const PHRASES = new PatternSet<PhraseRule>(PHRASE_RULES);

/** The customer blaming themselves (lexicon/frustration.ts): their unease is at their own slip. */
export const SELF_BLAME = new PatternSet<true>(SELF_BLAME_PHRASES.map((p) => [p, true] as const));

/** Polite formulas (lexicon/support.ts): "I hate to bother you" is not abuse at the agent. */
export const POLITE = new PatternSet<true>(POLITE_FORMULAS.map((p) => [p, true] as const));
