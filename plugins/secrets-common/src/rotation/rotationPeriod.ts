const DAYS_PER_UNIT: Record<string, number> = { d: 1, w: 7, y: 365 };

/**
 * Days in a `stagecraft.io/rotation-period` value: `90d`, `12w`, `1y`, or ISO 8601 days
 * (`P90D`). Undefined when absent or not one of these (months are refused: 1m could mean
 * a minute).
 */
export function rotationPeriodDays(
  value: string | undefined,
): number | undefined {
  if (!value) return undefined;
  const text = value.trim().toLowerCase();
  const short = /^(\d+)\s*([dwy])$/.exec(text);
  if (short) return Number(short[1]) * DAYS_PER_UNIT[short[2]];
  const iso = /^p(\d+)d$/.exec(text);
  return iso ? Number(iso[1]) : undefined;
}
