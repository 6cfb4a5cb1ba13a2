/**
 * The shipped form of a learned model, chosen for the service worker's cold start: every stopped worker parses the
 * weights again before it can answer the first message. An object with one key per feature (34,000 of them across
 * both models) cost ~200 ms to parse and copy into a Map on a loaded machine; here the feature names are one string,
 * sorted, and the weights one array in the same order, which JSON.parse reads in a few milliseconds. A lookup is a
 * binary search over the sorted names: no Map is built at all.
 */

/** A model file as written by tools/train and imported by the analyzer. */
export interface PackedModel {
  bias: number;
  /** Probability at which the model raises its signal at default sensitivity. */
  threshold: number;
  /** Feature names in UTF-16 code-unit order (JavaScript's default sort, which `<` agrees with). */
  names: string[];
  /** Weights in the order of `names`. */
  values: number[];
}

/** What the estimators need of a table of weights (a Map of weights satisfies it too). */
export interface WeightLookup {
  get(name: string): number | undefined;
}

/** Pack a model for shipping (tools/train). */
export function packModel(file: {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}): PackedModel {
  const names = Object.keys(file.weights).sort();
  return {
    bias: file.bias,
    threshold: file.threshold,
    names,
    values: names.map((n) => file.weights[n] as number),
  };
}

/** Every weight of a packed model as a record (tools and tests). */
export function unpackModel(file: PackedModel): Record<string, number> {
  return Object.fromEntries(file.names.map((n, i) => [n, file.values[i] as number]));
}

/** Weights looked up in the packed arrays as shipped: binary search over the sorted names. */
export class PackedWeights implements WeightLookup {
  constructor(
    private readonly names: readonly string[],
    private readonly values: readonly number[],
  ) {}

  get(name: string): number | undefined {
    let lo = 0;
    let hi = this.names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.names[mid] as string;
      if (at === name) return this.values[mid];
      if (at < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
