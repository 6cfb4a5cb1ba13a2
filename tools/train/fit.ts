/**
 * The frustration/anger model's fit: a feature table over the training rows, NBSVM scaling (Wang & Manning 2012:
 * each sparse feature scaled by its log-count ratio on the training rows) and L-BFGS logistic regression, and the
 * weights file the analyzer reads.
 */
import type { ModelFile } from '../../lib/analyzer/model/linear';
import type { Row } from './data';
import { type Example, type Trained, train } from './logreg';

export interface FitSettings {
  l2: number;
  /** Penalty of the dense cues relative to the sparse features. */
  denseL2: number;
  iterations: number;
  /** Sparse features seen in fewer rows are left out. */
  minDf: number;
  /** Laplace smoothing of the log-count ratios; 0 turns the scaling off. */
  nbAlpha: number;
  /** Most weights the exported file keeps. */
  maxFeatures: number;
}

/** The rows as vectors over one vocabulary. */
export interface FeatureTable {
  vocab: string[];
  examples: Example[];
  isDense: boolean[];
  penalty: Float64Array;
}

/** Vocabulary (dense cues always, sparse features seen in at least minDf rows) and each row's vector over it. */
export function featureTable(
  rows: readonly Row[],
  featurised: readonly (readonly (readonly [string, number])[])[],
  s: FitSettings,
): FeatureTable {
  const df = new Map<string, number>();
  for (const fs of featurised) for (const [name] of fs) df.set(name, (df.get(name) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([n, c]) => n.startsWith('d:') || c >= s.minDf)
    .map(([n]) => n)
    .sort();
  const index = new Map(vocab.map((n, i) => [n, i]));
  // Dense cues are few and carry the rules' evidence: a lighter penalty lets them speak for rare words.
  const penalty = Float64Array.from(vocab, (n) => (n.startsWith('d:') ? s.denseL2 : 1));
  const examples: Example[] = featurised.map((fs, i) => {
    const kept = fs.filter(([n]) => index.has(n));
    const row = rows[i] as Row;
    return {
      idx: Int32Array.from(kept.map(([n]) => index.get(n) as number)),
      val: Float32Array.from(kept.map(([, v]) => v)),
      y: row.y,
      weight: row.weight,
    };
  });
  return { vocab, examples, isDense: vocab.map((n) => n.startsWith('d:')), penalty };
}

/**
 * Log-count ratios r = log((p/|p|)/(q/|q|)) of the sparse features over the rows `use` keeps (p, q: the weighted
 * counts in positive and negative rows plus nbAlpha); dense cues keep 1. Only ever computed on training rows.
 */
function logCountRatios(t: FeatureTable, s: FitSettings, use: (i: number) => boolean): Float64Array {
  const n = t.vocab.length;
  const r = new Float64Array(n).fill(1);
  if (!(s.nbAlpha > 0)) return r;
  const p = new Float64Array(n).fill(s.nbAlpha);
  const q = new Float64Array(n).fill(s.nbAlpha);
  t.examples.forEach((ex, i) => {
    if (!use(i)) return;
    const counts = ex.y === 1 ? p : q;
    for (let f = 0; f < ex.idx.length; f++) {
      const d = ex.idx[f] as number;
      counts[d] = (counts[d] as number) + ex.weight * (ex.val[f] as number);
    }
  });
  let sp = 0;
  let sq = 0;
  for (let d = 0; d < n; d++) {
    if (t.isDense[d]) continue;
    sp += p[d] as number;
    sq += q[d] as number;
  }
  for (let d = 0; d < n; d++)
    if (!t.isDense[d]) r[d] = Math.log((p[d] as number) / sp / ((q[d] as number) / sq));
  return r;
}

/** Logistic regression on the r-scaled features of the rows `use` keeps, as weights on the unscaled features. */
export function fitScaled(t: FeatureTable, s: FitSettings, use: (i: number) => boolean): Trained {
  const r = logCountRatios(t, s, use);
  const scaled = t.examples
    .filter((_, i) => use(i))
    .map((ex) => ({
      ...ex,
      val: Float32Array.from(ex.val, (v, f) => v * (r[ex.idx[f] as number] as number)),
    }));
  const model = train(scaled, t.vocab.length, { l2: s.l2, iterations: s.iterations, penalty: t.penalty });
  return { bias: model.bias, w: Float64Array.from(model.w, (w, d) => w * (r[d] as number)) };
}

/** The weights file: the strongest weights (all dense cues), rounded. */
export function exportModel(t: FeatureTable, s: FitSettings, model: Trained, threshold: number): ModelFile {
  const ranked = t.vocab
    .map((name, i) => [name, model.w[i] as number] as const)
    .filter(([name, w]) => name.startsWith('d:') || Math.abs(w) >= 0.02)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, s.maxFeatures)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const weights = Object.fromEntries(ranked.map(([n, w]) => [n, Math.round(w * 1000) / 1000]));
  return { bias: Math.round(model.bias * 1000) / 1000, threshold, weights };
}
