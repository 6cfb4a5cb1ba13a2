/**
 * The learned abuse estimate: a logistic model over words, character n-grams and second-person targeting
 * (abuse-features.ts), trained by tools/train/abuse.ts on users' messages to conversational agents (ConvAbuse train
 * split), offensive tweets, offensive support requests and calm support turns (abuse-weights.json). The hand lists
 * stay the recall net for explicit words; this carries abuse in words they do not hold.
 */
import type { Token } from '../tokens';
import { type AbuseCues, abuseFeaturesOf } from './abuse-features';
import shipped from './abuse-weights.json';
import { fromPacked, type LinearModel, type ModelEstimate } from './linear';

/** The abuse model Poise ships. */
export const SHIPPED_ABUSE_MODEL: LinearModel = fromPacked(shipped);

/** Probability that the message is abuse, with the token ranges that raised it most. */
export function abuseEstimate(
  tokens: readonly Token[],
  cues: AbuseCues,
  model: LinearModel = SHIPPED_ABUSE_MODEL,
): ModelEstimate {
  let z = model.bias;
  // Character n-grams of one word each push: sum them per word, so the word, not a fragment, is what is explained.
  const perToken = new Map<string, { from: number; to: number; w: number }>();
  for (const f of abuseFeaturesOf(tokens, cues)) {
    const w = model.table.get(f.name);
    if (w === undefined) continue;
    z += w * f.value;
    if (f.from < 0) continue;
    const key = `${f.from}:${f.to}`;
    const c = perToken.get(key) ?? { from: f.from, to: f.to, w: 0 };
    c.w += w * f.value;
    perToken.set(key, c);
  }
  const ranked = [...perToken.values()].filter((c) => c.w > 0).sort((a, b) => b.w - a.w);
  const clear = ranked.filter((c) => c.w > 0.5).slice(0, 3);
  return { probability: 1 / (1 + Math.exp(-z)), top: clear.length > 0 ? clear : ranked.slice(0, 1) };
}
