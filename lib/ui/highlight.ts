/**
 * Split a chat message into plain and marked segments from the analyzer's spans, so the panel can render
 * text nodes and <mark> elements: never HTML built from chat text (design.md, "What bad input gets").
 */

export interface SpanLike {
  start: number;
  end: number;
  rule?: string;
}

export interface Segment {
  text: string;
  marked: boolean;
  /** Rule ids of the spans covering a marked segment. */
  rules: string[];
}

interface Range {
  start: number;
  end: number;
  rules: string[];
}

/** Clamp, sort and merge overlapping or touching spans into disjoint ranges. */
export function mergeSpans(spans: readonly SpanLike[], length: number): Range[] {
  const ranges = spans
    .map((s) => ({
      start: Math.max(0, Math.min(length, Math.floor(s.start))),
      end: Math.max(0, Math.min(length, Math.floor(s.end))),
      rules: s.rule ? [s.rule] : [],
    }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      for (const rule of r.rules) if (!last.rules.includes(rule)) last.rules.push(rule);
    } else merged.push({ ...r, rules: [...r.rules] });
  }
  return merged;
}

/** Split `text` into segments; marked segments are exactly the (merged) spans. */
export function splitHighlights(text: string, spans: readonly SpanLike[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const r of mergeSpans(spans, text.length)) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), marked: false, rules: [] });
    segments.push({ text: text.slice(r.start, r.end), marked: true, rules: r.rules });
    at = r.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), marked: false, rules: [] });
  return segments;
}

/**
 * Segments for display, shortened when the message is long: a 100 KB message must not flood the panel.
 * Keeps up to `maxMarks` highlights with some context around each; gaps become "…".
 */
export function excerptHighlights(
  text: string,
  spans: readonly SpanLike[],
  { maxChars = 600, context = 60, maxMarks = 5 } = {},
): Segment[] {
  if (text.length <= maxChars) return splitHighlights(text, spans);
  const ranges = mergeSpans(spans, text.length).slice(0, maxMarks);
  if (ranges.length === 0) return [{ text: `${text.slice(0, maxChars)}…`, marked: false, rules: [] }];
  const segments: Segment[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    // Keep the message's opening when the first mark is near it: it says who and what.
    const from = segments.length === 0 && start <= maxChars / 3 ? 0 : Math.max(at, start - context);
    if (from > at) segments.push({ text: '…', marked: false, rules: [] });
    if (start > from) segments.push({ text: text.slice(from, start), marked: false, rules: [] });
    const end = Math.min(r.end, start + maxChars);
    segments.push({ text: text.slice(start, end), marked: true, rules: r.rules });
    const after = Math.min(text.length, end + context);
    if (after > end) segments.push({ text: text.slice(end, after), marked: false, rules: [] });
    at = after;
  }
  if (at < text.length) segments.push({ text: '…', marked: false, rules: [] });
  return segments;
}
