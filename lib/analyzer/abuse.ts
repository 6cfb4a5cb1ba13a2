/**
 * Abuse words under any spelling (normalize.ts), and insults that are aimed at someone. An insult about a thing
 * ("this stupid app") is frustration, not abuse; aimed at a person ("you idiot") it is abuse.
 */
import type { Evidence } from './evidence';
import { type AbuseKind, classifyAbuse } from './normalize';
import type { Token } from './tokens';

const WEIGHTS: Record<Exclude<AbuseKind, 'insult'>, number> = { slur: 1.6, profanity: 1.1, mild: 0.75 };
const ADDRESSEE = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'u',
  'ur',
  'ya',
  'yall',
  'y’all',
  'people',
  'guys',
]);

/** Add abusive (and, for insults about things, frustration) evidence for every abuse word in the tokens. */
export function abuseHits(text: string, tokens: Token[], evidence: Evidence): void {
  let lastStart = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start === lastStart) continue; // virtual tokens of one contraction
    lastStart = t.start;
    if (!/\p{L}/u.test(t.raw) || t.raw.length < 2) continue;
    const kind = classifyAbuse(t.raw);
    if (!kind) continue;
    const span = { start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: `abusive:${kind}` };
    if (kind !== 'insult') {
      evidence.add('abusive', span, WEIGHTS[kind]);
      continue;
    }
    if (aimed(tokens, i)) evidence.add('abusive', span, 1.2);
    else evidence.add('frustration', { ...span, rule: 'frustration:insult' }, 0.45);
  }
}

function aimed(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= Math.min(tokens.length - 1, i + 1); j++) {
    if (j !== i && ADDRESSEE.has((tokens[j] as Token).norm)) return true;
  }
  return false;
}
