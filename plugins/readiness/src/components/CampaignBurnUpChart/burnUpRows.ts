import type {
  Campaign,
  CampaignHistoryPoint,
} from '@stagecraft/plugin-readiness-common';

/** One day on the burn-up's axis; a day with no recorded history has no values. */
export type BurnUpRow = { day: string; Done?: number; 'In scope'?: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Ten years of days: a longer axis is a date typed wrong, and is cut there. */
const MAX_DAYS = 3653;
const isDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

const asRow = (point: CampaignHistoryPoint): BurnUpRow => ({
  day: point.day,
  Done: point.done,
  'In scope': point.entities,
});

/**
 * Every day from the campaign's start (or its first recorded day, if earlier) to its deadline
 * (or its last recorded day, if later), with the history's values on the days it recorded. The
 * axis then runs to the deadline, so the deadline can be marked before the campaign reaches it.
 * Where a date is not a day (`YYYY-MM-DD`), only the recorded days.
 */
export function burnUpRows(
  campaign: Pick<Campaign, 'startDate' | 'deadline'>,
  history: CampaignHistoryPoint[],
): BurnUpRow[] {
  const recorded = new Map(history.map(point => [point.day, point]));
  const days = [campaign.startDate, campaign.deadline, ...recorded.keys()];
  if (!days.every(isDay)) return history.map(asRow);
  const first = days.reduce((a, b) => (b < a ? b : a));
  const last = days.reduce((a, b) => (b > a ? b : a));
  const rows: BurnUpRow[] = [];
  for (
    let day = first;
    day <= last && rows.length < MAX_DAYS;
    day = dayAfter(day)
  ) {
    const point = recorded.get(day);
    rows.push(point ? asRow(point) : { day });
  }
  return rows;
}
