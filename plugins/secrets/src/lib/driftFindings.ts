import {
  DRIFT_KIND_LABELS,
  DRIFT_KINDS,
  type DriftFinding,
  type DriftKind,
  type StoreDrift,
} from '@stagecraft/plugin-secrets-common';

export const DRIFT_SEVERITIES: DriftFinding['severity'][] = [
  'error',
  'warning',
  'info',
];

export const isDriftSeverity = (
  value: unknown,
): value is DriftFinding['severity'] =>
  DRIFT_SEVERITIES.includes(value as DriftFinding['severity']);

/** The Drift view's filters; an unset field does not filter. */
export type DriftFilters = {
  kind?: DriftKind;
  severity?: DriftFinding['severity'];
  /** Store entity ref. */
  store?: string;
  /** Free text; every word must appear in the finding. */
  search?: string;
};

/** A finding with the store it came from and its lower-cased search text. */
export type DriftRow = DriftFinding & {
  id: string;
  storeDrift: StoreDrift;
  text: string;
};

export function toDriftRows(stores: readonly StoreDrift[]): DriftRow[] {
  return stores.flatMap(storeDrift =>
    storeDrift.findings.map((finding, i) => ({
      ...finding,
      id: `${storeDrift.store}#${i}`,
      storeDrift,
      text: [
        finding.kind,
        DRIFT_KIND_LABELS[finding.kind],
        finding.severity,
        finding.store,
        storeDrift.title,
        finding.secret,
        finding.item,
        finding.evidence,
        finding.fix,
      ]
        .filter(Boolean)
        .join(' ')
        .toLocaleLowerCase('en-US'),
    })),
  );
}

const words = (search?: string) =>
  (search ?? '').toLocaleLowerCase('en-US').split(/\s+/).filter(Boolean);

/** The rows every set filter lets through; `ignore` leaves one filter out (for its counts). */
export function filterDriftRows(
  rows: readonly DriftRow[],
  filters: DriftFilters,
  ignore?: keyof DriftFilters,
): DriftRow[] {
  const wanted = words(filters.search);
  const applies = (key: keyof DriftFilters) => key !== ignore && filters[key];
  return rows.filter(
    row =>
      (!applies('kind') || row.kind === filters.kind) &&
      (!applies('severity') || row.severity === filters.severity) &&
      (!applies('store') || row.store === filters.store) &&
      (ignore === 'search' || wanted.every(word => row.text.includes(word))),
  );
}

/** How many rows there are of each kind (every kind, zero included). */
export function countByKind(
  rows: readonly Pick<DriftFinding, 'kind'>[],
): Record<DriftKind, number> {
  const counts = Object.fromEntries(DRIFT_KINDS.map(k => [k, 0])) as Record<
    DriftKind,
    number
  >;
  for (const row of rows) {
    counts[row.kind] += 1;
  }
  return counts;
}

/** The stores with only the findings `rows` kept, for a CSV of what the view shows. */
export function storesOfRows(
  stores: readonly StoreDrift[],
  rows: readonly DriftRow[],
): StoreDrift[] {
  const byStore = new Map<string, DriftFinding[]>();
  for (const row of rows) {
    const findings = byStore.get(row.store) ?? [];
    const { id: _id, storeDrift: _s, text: _t, ...finding } = row;
    findings.push(finding);
    byStore.set(row.store, findings);
  }
  return stores
    .filter(store => byStore.has(store.store))
    .map(store => ({ ...store, findings: byStore.get(store.store)! }));
}
