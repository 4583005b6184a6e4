import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';

/** A count for people, with thousands separators: `1,440`; fractions to one decimal. */
export function formatCount(value: number): string {
  const rounded = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  return rounded.toLocaleString('en-US');
}

/** A duration in milliseconds as the arithmetic shows it: `300 ms`, `30,000 ms`. */
export function formatMs(ms: number): string {
  return `${formatCount(Math.round(ms))} ms`;
}

/** The peak rate with its unit: `4,000 requests/s`. */
export function formatRate(peak: ExpectedPeak): string {
  return `${formatCount(peak.ratePerSecond)} ${peak.unit}/s`;
}

/** ` × 1.2 headroom`, or nothing when the headroom is 1. */
export function headroomText(headroom: number): string {
  return headroom === 1 ? '' : ` × ${formatCount(headroom)} headroom`;
}

/** The worst verdict: any fail, else any unknown, else pass. */
export function worstVerdict(
  verdicts: Array<'pass' | 'fail' | 'unknown'>,
): 'pass' | 'fail' | 'unknown' {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'pass';
}
