import type { RiskLevel } from '../lib/analyzer/types';

const SHAPES: Record<RiskLevel, string> = {
  // calm: circle; watch: triangle; escalating: diamond; critical: octagon (a stop sign).
  calm: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13Z',
  watch: 'M8 1.5L15 14.5H1Z',
  escalating: 'M8 0.8L15.2 8L8 15.2L0.8 8Z',
  critical: 'M5.2 1H10.8L15 5.2V10.8L10.8 15H5.2L1 10.8V5.2Z',
};

/** A shape per risk level, so the level never depends on colour alone. Decorative: the word is always shown. */
export function LevelShape({ level, size = 16 }: { level: RiskLevel; size?: number }) {
  return (
    <svg
      className={`level-shape level-${level}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[level]} />
    </svg>
  );
}
