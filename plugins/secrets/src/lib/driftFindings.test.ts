import { driftToCsv } from '@stagecraft/plugin-secrets-common';
import {
  acmStoreRef,
  driftFinding,
  expiringFinding,
  shadowFinding,
  storeDrift,
} from '../__testUtils__/fixtures';
import {
  countByKind,
  filterDriftRows,
  storesOfRows,
  toDriftRows,
} from './driftFindings';

const acm = acmStoreRef;
const stores = [
  storeDrift({ findings: [driftFinding(), shadowFinding()] }),
  storeDrift({
    store: acm,
    provider: 'aws-acm',
    findings: [expiringFinding()],
  }),
  storeDrift({ store: 'resource:default/empty', findings: [] }),
];

describe('drift findings', () => {
  const rows = toDriftRows(stores);

  it('makes one row per finding, with its store', () => {
    expect(rows.map(r => [r.kind, r.storeDrift.store])).toEqual([
      ['rotation-overdue', 'resource:default/hashicorp-vault-prod'],
      ['shadow', 'resource:default/hashicorp-vault-prod'],
      ['expiring', acm],
    ]);
    expect(new Set(rows.map(r => r.id)).size).toBe(3);
  });

  it('filters by kind, severity, store and every word of the search', () => {
    expect(filterDriftRows(rows, { kind: 'shadow' }).map(r => r.item)).toEqual([
      'prod/legacy/ftp-password',
    ]);
    expect(filterDriftRows(rows, { severity: 'warning' })).toHaveLength(2);
    expect(filterDriftRows(rows, { store: acm })).toHaveLength(1);
    expect(
      filterDriftRows(rows, { search: 'RENEW api.example' }).map(r => r.kind),
    ).toEqual(['expiring']);
    expect(filterDriftRows(rows, { search: 'renew ftp' })).toEqual([]);
    expect(
      filterDriftRows(rows, { kind: 'shadow', store: acm }, 'kind'),
    ).toHaveLength(1);
  });

  it('counts every kind, zero included', () => {
    expect(countByKind(rows)).toEqual({
      shadow: 1,
      ghost: 0,
      'rotation-overdue': 1,
      'rotation-disabled': 0,
      unused: 0,
      expiring: 1,
    });
  });

  it('gives back the stores with only the rows kept, for the CSV', () => {
    const kept = storesOfRows(
      stores,
      filterDriftRows(rows, { kind: 'shadow' }),
    );
    expect(kept).toEqual([{ ...stores[0], findings: [stores[0].findings[1]] }]);
    expect(driftToCsv(kept).trim().split('\r\n')).toHaveLength(2);
  });
});
