/** Percentile over a sample (nearest-rank), rounded to 0.01 ms. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[rank] as number) * 100) / 100;
}

/** Print a result as one JSON object (--json) or as aligned lines with budgets. */
export function report(result: Record<string, number>, budgets: Record<string, string>, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  for (const [key, value] of Object.entries(result)) {
    console.log(
      `${key.padEnd(32)} ${String(value).padStart(10)}   ${budgets[key] ? `budget ${budgets[key]}` : ''}`,
    );
  }
}
