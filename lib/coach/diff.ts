/**
 * A word-level diff between the agent's draft and the calmer rewrite, so the panel can show exactly what changed.
 * Tokens are words and the whitespace/punctuation between them; the longest common subsequence keeps everything the
 * two texts share. Drafts are short (the coach reads at most 5,000 characters), so the O(n·m) table is small; past
 * MAX_CELLS it falls back to one deletion and one insertion, which still reconstructs both texts.
 */

export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

const MAX_CELLS = 1_000_000;

/** Words, runs of whitespace, and each other character on its own: joined, they spell the text again. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gsu) ?? [];
}

/** The parts that turn `before` into `after`: `same` and `del` spell `before`, `same` and `ins` spell `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return merge([
      { op: 'del', text: before },
      { op: 'ins', text: after },
    ]);
  }
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i++] ?? '' });
      j++;
    } else if (
      j < b.length &&
      (i === a.length || (lcs[i * width + j + 1] ?? 0) >= (lcs[(i + 1) * width + j] ?? 0))
    ) {
      parts.push({ op: 'ins', text: b[j++] ?? '' });
    } else {
      parts.push({ op: 'del', text: a[i++] ?? '' });
    }
  }
  return merge(parts);
}

/** Neighbouring parts of one kind joined; a deletion always before the insertion it pairs with. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last?.op === p.op) last.text += p.text;
    else if (p.op === 'del' && last?.op === 'ins') {
      const before = out[out.length - 2];
      if (before?.op === 'del') before.text += p.text;
      else out.splice(out.length - 1, 0, { ...p });
    } else out.push({ ...p });
  }
  return out;
}

/** The text a diff starts from (`before`) or ends at (`after`). */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'ins' : 'del';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');
}
