/**
 * Weighted, L2-regularised logistic regression on sparse rows, fitted to its optimum with L-BFGS: the same data and
 * options always give the same weights (no shuffling, no learning rate), so a regularisation strength means the same
 * thing from run to run and cross-validation compares settings, not luck.
 */

export interface Example {
  idx: Int32Array;
  val: Float32Array;
  y: number;
  weight: number;
}

/** A seeded PRNG (mulberry32): same seed, same folds. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Trained {
  bias: number;
  w: Float64Array;
}

export interface FitOptions {
  /** L2 strength on the mean weighted log-loss (the bias is not penalised). */
  l2: number;
  /** L-BFGS iterations at most. */
  iterations: number;
  /** Per-feature multiplier of the L2 strength (e.g. lighter on dense cues); 1 when absent. */
  penalty?: Float64Array;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Loss and gradient at x (x[0..dims) weights, x[dims] bias). */
function lossAndGradient(
  examples: Example[],
  dims: number,
  x: Float64Array,
  g: Float64Array,
  opts: FitOptions,
  totalWeight: number,
): number {
  g.fill(0);
  let loss = 0;
  const bias = x[dims] as number;
  for (const ex of examples) {
    let z = bias;
    for (let f = 0; f < ex.idx.length; f++) z += (x[ex.idx[f] as number] as number) * (ex.val[f] as number);
    const p = sigmoid(z);
    // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably.
    const m = ex.y === 1 ? -z : z;
    loss += ex.weight * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
    const err = ex.weight * (p - ex.y);
    for (let f = 0; f < ex.idx.length; f++) {
      const d = ex.idx[f] as number;
      g[d] = (g[d] as number) + err * (ex.val[f] as number);
    }
    g[dims] = (g[dims] as number) + err;
  }
  loss /= totalWeight;
  for (let d = 0; d <= dims; d++) g[d] = (g[d] as number) / totalWeight;
  for (let d = 0; d < dims; d++) {
    const l2 = opts.l2 * (opts.penalty?.[d] ?? 1);
    const w = x[d] as number;
    loss += 0.5 * l2 * w * w;
    g[d] = (g[d] as number) + l2 * w;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

/** Fit the model; `dims` is the feature count. */
export function train(examples: Example[], dims: number, opts: FitOptions): Trained {
  const n = dims + 1;
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  let loss = lossAndGradient(examples, dims, x, g, opts, totalWeight);
  const memory = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const direction = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  for (let it = 0; it < opts.iterations; it++) {
    // Two-loop recursion: direction = -H·g.
    direction.set(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const s = S[k] as Float64Array;
      const y = Y[k] as Float64Array;
      const a = dot(s, direction) / dot(y, s);
      alpha[k] = a;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) - a * (y[i] as number);
    }
    if (S.length > 0) {
      const s = S[S.length - 1] as Float64Array;
      const y = Y[Y.length - 1] as Float64Array;
      const gamma = dot(s, y) / dot(y, y);
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) * gamma;
    }
    for (let k = 0; k < S.length; k++) {
      const s = S[k] as Float64Array;
      const y = Y[k] as Float64Array;
      const b = dot(y, direction) / dot(y, s);
      const a = alpha[k] as number;
      for (let i = 0; i < n; i++) direction[i] = (direction[i] as number) + (a - b) * (s[i] as number);
    }
    for (let i = 0; i < n; i++) direction[i] = -(direction[i] as number);
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -(g[i] as number);
      slope = dot(g, direction);
    }
    // Backtracking line search (Armijo).
    let step = it === 0 ? 1 / Math.sqrt(dot(g, g) + 1e-12) : 1;
    let newLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (direction[i] as number);
      newLoss = lossAndGradient(examples, dims, xNew, gNew, opts, totalWeight);
      if (newLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const improvement = loss - newLoss;
    x.set(xNew);
    g.set(gNew);
    loss = newLoss;
    if (dot(s, y) > 1e-12) {
      S.push(s);
      Y.push(y);
      if (S.length > memory) {
        S.shift();
        Y.shift();
      }
    }
    if (Math.abs(improvement) < 1e-9 * Math.max(1, Math.abs(loss))) break;
  }
  return { bias: x[dims] as number, w: x.slice(0, dims) };
}

/** Probability for one example. */
export function predict(model: Trained, ex: Example): number {
  let z = model.bias;
  for (let f = 0; f < ex.idx.length; f++)
    z += (model.w[ex.idx[f] as number] as number) * (ex.val[f] as number);
  return sigmoid(z);
}
