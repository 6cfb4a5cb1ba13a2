/**
 * The learned estimate: a logistic model over words, word pairs, AFINN and the hand rules' evidence, trained by
 * tools/train/train.ts (weights.json). It decides whether a message reads as frustrated or angry; the words that
 * pushed it most become spans, so a model flag is explained like a rule flag.
 */
import { FUNCTION_WORDS } from '../language';
import type { Token } from '../tokens';
import { type DenseCues, featuresOf } from './features';
import weights from './weights.json';

export interface ModelFile {
  bias: number;
  /** Probability at which the model raises frustration at default sensitivity. */
  threshold: number;
  weights: Record<string, number>;
}

const model = weights as ModelFile;
const table = new Map(Object.entries(model.weights));

/** Probability threshold of the loaded model. */
export const MODEL_THRESHOLD = model.threshold;

export interface ModelEstimate {
  probability: number;
  /** Token ranges that pushed the estimate up most, strongest first. */
  top: { from: number; to: number }[];
}

/** Probability that the message is frustrated or angry, with the token ranges that raised it. */
export function modelEstimate(tokens: Token[], cues: DenseCues, file: ModelFile = model): ModelEstimate {
  const lookup = file === model ? table : new Map(Object.entries(file.weights));
  let z = file.bias;
  const contributions: { from: number; to: number; w: number }[] = [];
  for (const f of featuresOf(tokens, cues)) {
    const w = lookup.get(f.name);
    if (w === undefined) continue;
    z += w * f.value;
    // Explain with content words: "me" or "the" may carry weight, but they tell the agent nothing.
    if (f.from >= 0 && w > 0.2 && !onlyFunctionWords(tokens, f.from, f.to))
      contributions.push({ from: f.from, to: f.to, w });
  }
  contributions.sort((a, b) => b.w - a.w);
  return { probability: 1 / (1 + Math.exp(-z)), top: contributions.slice(0, 3) };
}

function onlyFunctionWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has((tokens[i] as Token).norm)) return false;
  return true;
}
