/** Sparse logistic regression with AdaGrad and L2, deterministic for a given seed. */

export interface Example {
  idx: Int32Array;
  val: Float32Array;
  y: number;
  weight: number;
}

/** A seeded PRNG (mulberry32): same seed, same folds and same shuffles. */
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

/** Train on the examples; `dims` is the feature count. */
export function train(
  examples: Example[],
  dims: number,
  seed: number,
  epochs = 8,
  l2 = 1e-5,
  lr = 0.2,
): Trained {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const order = examples.map((_, i) => i);
  const random = rng(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const ex = examples[k] as Example;
      let z = bias;
      for (let f = 0; f < ex.idx.length; f++) z += (w[ex.idx[f] as number] as number) * (ex.val[f] as number);
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - ex.y) * ex.weight;
      for (let f = 0; f < ex.idx.length; f++) {
        const d = ex.idx[f] as number;
        const grad = err * (ex.val[f] as number) + l2 * (w[d] as number);
        g2[d] = (g2[d] as number) + grad * grad;
        w[d] = (w[d] as number) - (lr * grad) / Math.sqrt(g2[d] as number);
      }
      bg2 += err * err;
      bias -= (lr * err) / Math.sqrt(bg2);
    }
  }
  return { bias, w };
}

/** Probability for one example. */
export function predict(model: Trained, ex: Example): number {
  let z = model.bias;
  for (let f = 0; f < ex.idx.length; f++)
    z += (model.w[ex.idx[f] as number] as number) * (ex.val[f] as number);
  return 1 / (1 + Math.exp(-z));
}
