import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readableEntityRefs } from '@stagecraft/backend-node';
import {
  DRIFT_KINDS,
  DriftKind,
  DriftTrendPoint,
} from '@stagecraft/plugin-secrets-common';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { DriftHistoryRow } from '../database/DriftStore';

export const DEFAULT_TREND_DAYS = 30;
export const MAX_TREND_DAYS = 365;

const noFindings = () =>
  Object.fromEntries(DRIFT_KINDS.map(kind => [kind, 0])) as Record<
    DriftKind,
    number
  >;

/**
 * One point per day that has history, oldest first: the findings by kind and the coverage
 * of the stores in `readableStores` (the caller's), summed. Other stores are left out.
 */
export function driftTrendOf(
  rows: DriftHistoryRow[],
  readableStores: Set<string>,
): DriftTrendPoint[] {
  const readable = new Set([...readableStores].map(ref => refKey(ref)));
  const byDay = new Map<string, DriftTrendPoint>();
  for (const row of rows) {
    if (!readable.has(refKey(row.store))) continue;
    let point = byDay.get(row.day);
    if (!point) {
      point = {
        date: row.day,
        findings: noFindings(),
        items: 0,
        itemsInCatalog: 0,
      };
      byDay.set(row.day, point);
    }
    for (const kind of Object.keys(point.findings) as DriftKind[]) {
      point.findings[kind] += row.findings[kind];
    }
    point.items += row.items ?? 0;
    point.itemsInCatalog += row.itemsInCatalog ?? 0;
  }
  return [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The trend over the stores of `rows` the caller may read in the catalog. */
export async function visibleDriftTrend(
  rows: DriftHistoryRow[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<DriftTrendPoint[]> {
  const stores = [...new Set(rows.map(row => row.store))];
  if (stores.length === 0) return [];
  return driftTrendOf(
    rows,
    await readableEntityRefs(catalog, stores, credentials),
  );
}

/** `?days=N`: a whole number from 1 to 365, default 30; undefined when invalid. */
export function parseTrendDays(value: unknown): number | undefined {
  if (value === undefined) return DEFAULT_TREND_DAYS;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined;
  const days = Number(value);
  return days >= 1 && days <= MAX_TREND_DAYS ? days : undefined;
}
