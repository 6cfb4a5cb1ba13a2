import { riskChart, thresholdY } from '../lib/ui/chart';

interface Props {
  scores: readonly number[];
  width?: number;
  height?: number;
  /** Accessible name, e.g. "Risk over the conversation". */
  label: string;
}

/** A small line chart of risk over the conversation, in plain SVG. */
export function RiskChart({ scores, width = 320, height = 56, label }: Props) {
  const { line, area, points } = riskChart(scores, width, height);
  const last = points.at(-1);
  const summary =
    scores.length === 0
      ? `${label}: no customer messages yet.`
      : `${label}: ${scores.length} customer messages, from ${Math.round(scores[0] ?? 0)} to ${Math.round(scores.at(-1) ?? 0)}, peak ${Math.round(Math.max(...scores))}.`;
  return (
    <svg
      className="risk-chart"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={summary}
    >
      <line
        className="risk-chart-threshold"
        x1="0"
        x2={width}
        y1={thresholdY(50, height)}
        y2={thresholdY(50, height)}
      />
      {area && <path className="risk-chart-area" d={area} />}
      {line && <path className="risk-chart-line" d={line} vectorEffect="non-scaling-stroke" />}
      {last && <circle className="risk-chart-dot" cx={last.x} cy={last.y} r="3" />}
    </svg>
  );
}
