import {
  finding,
  laptopStore,
  makeManySecrets,
  makeSecret,
} from '../__testUtils__/fixtures';
import { filterSecrets, NONE, toSearchable } from './filterSecrets';

const names = (items: { name: string }[]) => items.map(i => i.name);

describe('filterSecrets', () => {
  const items = [
    makeSecret('reviews-api-key'),
    makeSecret(
      'laptop-token',
      { store: laptopStore, owner: 'group:default/platform-team' },
      [
        finding({
          ruleId: 'approved-store',
          message: 'Store team-laptops is not approved.',
        }),
      ],
    ),
    makeSecret(
      'orphan-password',
      { system: undefined, dependents: [], remediationLinks: [] },
      [
        finding({
          ruleId: 'dependents',
          severity: 'warning',
          message: 'Nothing depends on it.',
        }),
      ],
    ),
    makeSecret('storeless', { store: undefined, owner: undefined }),
  ];
  const rows = toSearchable(items);

  it('returns everything without filters', () => {
    expect(names(filterSecrets(rows, {}))).toEqual(names(items));
  });

  it('filters by store, owner and system, NONE meaning not set', () => {
    expect(
      names(filterSecrets(rows, { store: laptopStore.entityRef })),
    ).toEqual(['laptop-token']);
    expect(names(filterSecrets(rows, { store: NONE }))).toEqual(['storeless']);
    expect(names(filterSecrets(rows, { owner: NONE }))).toEqual(['storeless']);
    expect(
      names(filterSecrets(rows, { owner: 'group:default/platform-team' })),
    ).toEqual(['laptop-token']);
    expect(names(filterSecrets(rows, { system: NONE }))).toEqual([
      'orphan-password',
    ]);
  });

  it('filters by compliance status', () => {
    expect(names(filterSecrets(rows, { status: 'non-compliant' }))).toEqual([
      'laptop-token',
    ]);
    expect(names(filterSecrets(rows, { status: 'compliant' }))).toEqual([
      'reviews-api-key',
      'orphan-password',
      'storeless',
    ]);
    expect(names(filterSecrets(rows, { status: 'warnings' }))).toEqual([
      'orphan-password',
    ]);
    expect(names(filterSecrets(rows, { status: 'orphaned' }))).toEqual([
      'orphan-password',
    ]);
    expect(
      names(filterSecrets(rows, { status: 'no-remediation-docs' })),
    ).toEqual(['orphan-password']);
  });

  it('searches every word, case-insensitively, across fields and findings', () => {
    expect(names(filterSecrets(rows, { search: 'LAPTOPS' }))).toEqual([
      'laptop-token',
    ]);
    expect(names(filterSecrets(rows, { search: 'not approved' }))).toEqual([
      'laptop-token',
    ]);
    expect(
      names(filterSecrets(rows, { search: 'prod/reviews/orphan' })),
    ).toEqual(['orphan-password']);
    expect(
      names(filterSecrets(rows, { search: 'api-key reviews-team' })),
    ).toEqual(['reviews-api-key', 'orphan-password']);
    expect(filterSecrets(rows, { search: 'laptop orphan' })).toEqual([]);
    expect(names(filterSecrets(rows, { search: '   ' }))).toHaveLength(4);
  });

  it('combines filters', () => {
    expect(
      filterSecrets(rows, {
        store: laptopStore.entityRef,
        status: 'compliant',
      }),
    ).toEqual([]);
  });

  it('filters 5,000 secrets', () => {
    const many = toSearchable(makeManySecrets(5000));
    const result = filterSecrets(many, {
      owner: 'group:default/team-3',
      status: 'non-compliant',
      search: 'secret-00',
    });
    // i % 7 === 3 and i % 5 === 0, below 1000: i = 10, 45, 80 … 990.
    expect(result).toHaveLength(29);
    expect(result.every(i => i.owner === 'group:default/team-3')).toBe(true);
  });
});
