/** Geometry for the small risk-over-conversation chart: plain numbers in, SVG path data out. */

export interface ChartPoint {
  x: number;
  y: number;
  score: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** `d` for the line through the points; empty when there is nothing to draw. */
  line: string;
  /** `d` for the filled area under the line. */
  area: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lay scores (0..100) out across `width` × `height`, keeping `pad` pixels free on every side. */
export function riskChart(scores: readonly number[], width: number, height: number, pad = 4): ChartGeometry {
  if (scores.length === 0) return { points: [], line: '', area: '' };
  const innerW = Math.max(0, width - pad * 2);
  const innerH = Math.max(0, height - pad * 2);
  const step = scores.length > 1 ? innerW / (scores.length - 1) : 0;
  const points = scores.map((raw, i) => {
    const score = Math.max(0, Math.min(100, Number.isFinite(raw) ? raw : 0));
    const x = scores.length > 1 ? pad + i * step : pad + innerW / 2;
    return { x: round(x), y: round(pad + innerH * (1 - score / 100)), score };
  });
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const first = points[0] as ChartPoint;
  const last = points.at(-1) as ChartPoint;
  const base = round(height - pad);
  const area = `${line} L${last.x} ${base} L${first.x} ${base} Z`;
  return { points, line, area };
}

/** The y coordinate of a score threshold line (e.g. where "escalating" starts). */
export function thresholdY(score: number, height: number, pad = 4): number {
  return round(pad + (height - pad * 2) * (1 - Math.max(0, Math.min(100, score)) / 100));
}
