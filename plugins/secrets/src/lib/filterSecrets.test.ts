import {
  finding,
  laptopStore,
  makeManySecrets,
  makeSecret,
} from '../__testUtils__/fixtures';
import {
  filterSecrets,
  NONE,
  SecretsFilters,
  StatusFilter,
  toSearchable,
} from './filterSecrets';

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

  it.each<[SecretsFilters, string[]]>([
    [{ store: laptopStore.entityRef }, ['laptop-token']],
    [{ store: NONE }, ['storeless']],
    [{ owner: NONE }, ['storeless']],
    [{ owner: 'group:default/platform-team' }, ['laptop-token']],
    [{ system: NONE }, ['orphan-password']],
  ])(
    'filters by store, owner and system, NONE meaning not set: %p',
    (filters, expected) => {
      expect(names(filterSecrets(rows, filters))).toEqual(expected);
    },
  );

  it.each<[StatusFilter, string[]]>([
    ['non-compliant', ['laptop-token']],
    ['compliant', ['reviews-api-key', 'orphan-password', 'storeless']],
    ['warnings', ['orphan-password']],
    ['orphaned', ['orphan-password']],
    ['no-remediation-docs', ['orphan-password']],
  ])('filters by compliance status %s', (status, expected) => {
    expect(names(filterSecrets(rows, { status }))).toEqual(expected);
  });

  it.each([
    ['LAPTOPS', ['laptop-token']],
    ['not approved', ['laptop-token']],
    ['prod/reviews/orphan', ['orphan-password']],
    ['api-key reviews-team', ['reviews-api-key', 'orphan-password']],
    ['laptop orphan', []],
    ['   ', names(items)],
  ])(
    'searches every word, case-insensitively, across fields and findings: %p',
    (search, expected) => {
      expect(names(filterSecrets(rows, { search }))).toEqual(expected);
    },
  );

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
