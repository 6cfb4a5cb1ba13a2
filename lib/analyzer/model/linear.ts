/**
 * The learned estimate: a logistic model over words, word pairs, AFINN and the hand rules' evidence, trained by
 * tools/train/train.ts (weights.json). It decides whether a message reads as frustrated or angry; the words that
 * pushed it most become spans, so a model flag is explained like a rule flag.
 */
import { FUNCTION_WORDS } from '../language';
import type { Token } from '../tokens';
import { type DenseCues, featuresOf } from './features';
import { type PackedModel, PackedWeights, type WeightLookup } from './packed';
import shipped from './weights.json';

/** A model as tools/train holds it in memory (shipped packed: packed.ts). */
export interface ModelFile {
  bias: number;
  /** Probability at which the model raises frustration at default sensitivity. */
  threshold: number;
  weights: Record<string, number>;
}

/** A model ready to estimate: its weights in a table the estimators look up. */
export interface LinearModel {
  bias: number;
  /** Probability at which the model raises its signal at default sensitivity. */
  threshold: number;
  table: WeightLookup;
}

/** The models one analysis uses (AnalyzerOptions.models); each defaults to the shipped one. */
export interface AnalyzerModels {
  /** Frustrated or angry (this file). */
  feeling: LinearModel;
  /** Abuse in words the lists do not hold (abuse-model.ts). */
  abuse: LinearModel;
}

/** A shipped (packed) model, ready to estimate. */
export function fromPacked(file: PackedModel): LinearModel {
  return { bias: file.bias, threshold: file.threshold, table: new PackedWeights(file.names, file.values) };
}

/** A model as tools/train holds it (a fold's model in cross-validation, a test's own model), ready to estimate. */
export function fromFile(file: ModelFile): LinearModel {
  return { bias: file.bias, threshold: file.threshold, table: new Map(Object.entries(file.weights)) };
}

/** The frustration/anger model Poise ships. */
export const SHIPPED_MODEL: LinearModel = fromPacked(shipped);

export interface ModelEstimate {
  probability: number;
  /** Token ranges that pushed the estimate up most, strongest first. */
  top: { from: number; to: number }[];
}

/** Probability that the message is frustrated or angry, with the token ranges that raised it. */
export function modelEstimate(
  tokens: Token[],
  cues: DenseCues,
  model: LinearModel = SHIPPED_MODEL,
): ModelEstimate {
  const lookup = model.table;
  let z = model.bias;
  const contributions: { from: number; to: number; w: number }[] = [];
  for (const f of featuresOf(tokens, cues)) {
    const w = lookup.get(f.name);
    if (w === undefined) continue;
    z += w * f.value;
    // Explain with content words: "me" or "the" may carry weight, but they tell the agent nothing.
    if (f.from >= 0 && w > 0 && !onlyFunctionWords(tokens, f.from, f.to))
      contributions.push({ from: f.from, to: f.to, w });
  }
  contributions.sort((a, b) => b.w - a.w);
  // The words that weigh clearly; when none does, the one that weighs most, so a flag always points somewhere.
  const clear = contributions.filter((c) => c.w > 0.2).slice(0, 3);
  return { probability: 1 / (1 + Math.exp(-z)), top: clear.length > 0 ? clear : contributions.slice(0, 1) };
}

function onlyFunctionWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!FUNCTION_WORDS.has((tokens[i] as Token).norm)) return false;
  return true;
}
