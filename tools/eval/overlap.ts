/**
 * Does a hand-written row copy a third-party eval row? The challenge set (tests/fixtures/challenge) must be our own
 * words, so `npm run eval` checks it against every text in the eval folder before scoring it, and refuses a copy.
 * A row copies when its normalised text equals an eval text, or shares most of its words with one (token Jaccard
 * ≥ NEAR). One- and two-word replies ("no", "why?") cannot be original; they are allowed only as replies to an agent
 * question the row itself gives (`agent_before`), since the context is what such a row tests.
 */

export const NEAR = 0.7;
/** Words in more eval texts than this are too common to find near neighbours by. */
const COMMON = 1000;

export const normalise = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');

export interface Copy {
  text: string;
  match: string;
  similarity: number;
}

export interface OverlapRow {
  text: string;
  agent_before?: string;
}

/** Rows of `own` that equal or nearly equal a text of `evalTexts`. */
export function copiedRows(own: readonly OverlapRow[], evalTexts: readonly string[]): Copy[] {
  const norms = evalTexts.map(normalise);
  const exact = new Map(norms.map((n, i) => [n, evalTexts[i] as string]));
  const sets = norms.map((n) => new Set(n.split(' ')));
  const index = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const w of s) {
      const list = index.get(w) ?? [];
      list.push(i);
      index.set(w, list);
    }
  });
  const out: Copy[] = [];
  for (const row of own) {
    const n = normalise(row.text);
    const words = new Set(n.split(' '));
    const stockReply = words.size <= 2 && typeof row.agent_before === 'string';
    if (exact.has(n)) {
      if (!stockReply) out.push({ text: row.text, match: exact.get(n) as string, similarity: 1 });
      continue;
    }
    if (words.size <= 2) continue;
    const shared = new Map<number, number>();
    for (const w of words) {
      const list = index.get(w);
      if (!list || list.length > COMMON) continue;
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    for (const [i, common] of shared) {
      const other = sets[i] as Set<string>;
      // Common words were skipped above, so count the overlap exactly before judging.
      let inter = 0;
      for (const w of words) if (other.has(w)) inter++;
      const similarity = inter / (words.size + other.size - inter);
      if (common > 0 && similarity >= NEAR)
        out.push({ text: row.text, match: evalTexts[i] as string, similarity });
    }
  }
  return out;
}
