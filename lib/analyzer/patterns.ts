/**
 * A tiny phrase-pattern language over tokens, so lexicons stay readable data:
 *   `word`   the word itself          `work*`  any word starting with "work"
 *   `a|b`    either                   `x?`     optional element
 *   `_`      any one word             `~`      a gap of zero to three words
 * Patterns are matched against normalised tokens (contractions already expanded: write "not", never "n't").
 */
import type { Token } from './tokens';

interface Alt {
  word: string;
  prefix: boolean;
}
interface Element {
  alts: Alt[] | null; // null = any word
  optional: boolean;
  gap: boolean;
}

export interface CompiledPattern<T> {
  source: string;
  elements: Element[];
  data: T;
}

export interface PatternMatch<T> {
  data: T;
  start: number;
  end: number;
  /** Index of the first and one-past-last token matched. */
  from: number;
  to: number;
}

function parseElement(part: string): Element {
  if (part === '~') return { alts: null, optional: true, gap: true };
  const optional = part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  if (body === '_') return { alts: null, optional, gap: false };
  const alts = body.split('|').map((w) => ({
    word: w.endsWith('*') ? w.slice(0, -1) : w,
    prefix: w.endsWith('*'),
  }));
  return { alts, optional, gap: false };
}

function accepts(el: Element, norm: string): boolean {
  if (el.alts === null) return true;
  for (const a of el.alts) {
    if (a.prefix ? norm.startsWith(a.word) : norm === a.word) return true;
  }
  return false;
}

/** Match elements[e..] at token i; returns the end token index or -1. Patterns are short, so backtracking is cheap. */
function matchAt(els: Element[], e: number, tokens: Token[], i: number): number {
  if (e === els.length) return i;
  const el = els[e] as Element;
  if (el.gap) {
    for (let skip = 0; skip <= 3 && i + skip <= tokens.length; skip++) {
      const r = matchAt(els, e + 1, tokens, i + skip);
      if (r >= 0) return r;
    }
    return -1;
  }
  const tok = tokens[i];
  if (tok && accepts(el, tok.norm)) {
    const r = matchAt(els, e + 1, tokens, i + 1);
    if (r >= 0) return r;
  }
  return el.optional ? matchAt(els, e + 1, tokens, i) : -1;
}

/** A set of patterns indexed by their first word, matched in one pass over the tokens. */
export class PatternSet<T> {
  private readonly byWord = new Map<string, CompiledPattern<T>[]>();
  private readonly loose: CompiledPattern<T>[] = [];

  constructor(entries: readonly (readonly [string, T])[]) {
    for (const [source, data] of entries) {
      const elements = source.trim().split(/\s+/).map(parseElement);
      const compiled = { source, elements, data };
      const first = elements[0];
      if (!first || first.alts === null || first.optional || first.alts.some((a) => a.prefix)) {
        this.loose.push(compiled);
        continue;
      }
      for (const a of first.alts) {
        const list = this.byWord.get(a.word) ?? [];
        list.push(compiled);
        this.byWord.set(a.word, list);
      }
    }
  }

  /** Every match, left to right; overlapping matches of different patterns are all returned. */
  matchAll(tokens: Token[]): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const candidates = this.byWord.get(tok.norm);
      if (candidates) this.tryAll(candidates, tokens, i, out);
      if (this.loose.length > 0) this.tryAll(this.loose, tokens, i, out);
    }
    return out;
  }

  private tryAll(list: CompiledPattern<T>[], tokens: Token[], i: number, out: PatternMatch<T>[]): void {
    for (const p of list) {
      const to = matchAt(p.elements, 0, tokens, i);
      if (to <= i) continue;
      const first = tokens[i] as Token;
      const last = tokens[to - 1] as Token;
      out.push({ data: p.data, start: first.start, end: last.end, from: i, to });
    }
  }
}
