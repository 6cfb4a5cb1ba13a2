/** Token-set similarity, to never offer a sentence the agent already sent or a near copy of it. */

/** Similarity at or above which two sentences count as the same (token-set Jaccard or containment). */
export const NEAR_COPY = 0.8;

/** Lower-case word tokens, apostrophes and placeholders removed, as a set. */
export function tokenSet(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/\{\{[^{}]*\}\}/g, ' ')
    .replace(/[’']/g, '')
    .match(/[\p{L}\p{N}]+/gu);
  return new Set(words ?? []);
}

/** Jaccard similarity of two token sets, 0..1. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of `part`'s tokens found in `whole`, 0..1: high when a phrase was sent inside a longer message. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const t of part) if (whole.has(t)) shared++;
  return shared / part.size;
}

/** Whether `candidate` is the same sentence as `sent` or a near copy of it (possibly inside a longer message). */
export function isNearCopy(candidate: string, sent: string, threshold = NEAR_COPY): boolean {
  return isNearCopySet(tokenSet(candidate), tokenSet(sent), threshold);
}

/** `isNearCopy` on token sets made once: the ranker compares every phrase with every agent message. */
export function isNearCopySet(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  threshold = NEAR_COPY,
): boolean {
  if (a.size === 0) return false;
  return jaccard(a, b) >= threshold || (a.size >= 4 && containment(a, b) >= threshold);
}
