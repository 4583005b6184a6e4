/**
 * The `p`th percentile of `values` by nearest rank (p50 is the median, p99 the value 99% of
 * the values are at or below); the values need not be sorted. Undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, i)];
}
