import { toCsv } from '@stagecraft/catalog-conventions-common';
import type { StoreDrift } from './drift';

const HEADERS = [
  'store',
  'provider',
  'simulated',
  'storeStatus',
  'checkedAt',
  'lastGoodAt',
  'kind',
  'severity',
  'secret',
  'item',
  'evidence',
  'fix',
];

/**
 * The drift findings as CSV, one row per finding (a store without findings has one row
 * with its status), for the backend's `drift/export.csv` and the page's export alike.
 */
export function driftToCsv(stores: readonly StoreDrift[]): string {
  const rows = stores.flatMap(store => {
    const about = [
      store.store,
      store.provider,
      store.simulated,
      store.status,
      store.checkedAt,
      store.lastGoodAt ?? '',
    ];
    return store.findings.length === 0
      ? [[...about, '', '', '', '', store.problem ?? '', '']]
      : store.findings.map(f => [
          ...about,
          f.kind,
          f.severity,
          f.secret ?? '',
          f.item ?? '',
          f.evidence,
          f.fix,
        ]);
  });
  return toCsv([HEADERS, ...rows]);
}
