/**
 * The learned estimate: a logistic model over words, word pairs and AFINN cues, trained by tools/train/train.ts
 * (weights in weights.json). It adds frustration evidence when it is confident, with the words that pushed it most as
 * the spans, so a model flag is explained like a rule flag.
 */
import type { Token } from '../tokens';
import { type DenseCues, featuresOf } from './features';
import weights from './weights.json';

interface ModelFile {
  bias: number;
  /** Probability from which the model adds evidence. */
  threshold: number;
  weights: Record<string, number>;
}

const model = weights as ModelFile;
const table = new Map(Object.entries(model.weights));

export interface ModelHit {
  start: number;
  end: number;
  weight: number;
}

export interface ModelEstimate {
  probability: number;
  hits: ModelHit[];
}

/** Probability that the message is frustrated or angry, and (when confident) evidence spans. */
export function modelEstimate(tokens: Token[], cues: DenseCues): ModelEstimate {
  let z = model.bias;
  const contributions: { from: number; to: number; w: number }[] = [];
  for (const f of featuresOf(tokens, cues)) {
    const w = table.get(f.name);
    if (w === undefined) continue;
    z += w * f.value;
    if (f.from >= 0 && w > 0) contributions.push({ from: f.from, to: f.to, w });
  }
  const probability = 1 / (1 + Math.exp(-z));
  if (probability < model.threshold || contributions.length === 0) return { probability, hits: [] };
  contributions.sort((a, b) => b.w - a.w);
  // Evidence grows from 0.45 at the threshold (enough to flag at default sensitivity) to about 1.2 when certain.
  const total = 0.45 + (0.75 * (probability - model.threshold)) / Math.max(1e-6, 1 - model.threshold);
  const top = contributions.slice(0, 3);
  const hits = top.map((c) => ({
    start: (tokens[c.from] as Token).start,
    end: (tokens[c.to - 1] as Token).end,
    weight: total,
  }));
  return { probability, hits };
}
