import type { SecretCompliance } from '../types';
import type { SecretReviewItem } from '../review';
import {
  matchesReviewFilters,
  reviewSearchText,
  reviewSortOrder,
  reviewStoreSearchText,
} from './reviewRows';

const compliance = (
  compliant: boolean,
  severities: string[] = [],
): SecretCompliance => ({
  entityRef: '',
  compliant,
  skippedRules: [],
  findings: severities.map(severity => ({
    ruleId: 'owner' as const,
    severity: severity as 'error' | 'warning',
    message: `a ${severity} about component:default/api`,
    fix: 'fix it',
  })),
});

const item = (
  name: string,
  overrides: Partial<SecretReviewItem> = {},
): SecretReviewItem => ({
  entityRef: `resource:default/${name}`,
  name,
  namespace: 'default',
  dependents: ['component:default/api'],
  remediationLinks: [],
  compliance: compliance(true),
  ...overrides,
});

const vault = {
  entityRef: 'resource:default/vault',
  name: 'vault',
  title: 'Vault',
  approved: true,
};

describe('matchesReviewFilters', () => {
  const row = (i: SecretReviewItem) => ({
    item: i,
    text: reviewSearchText(i),
    storeText: reviewStoreSearchText(i),
    storeRef: i.store?.entityRef,
  });
  const storeUnreadable = (i: SecretReviewItem) => ({
    ...row(i),
    storeRef: undefined,
  });

  it('needs every word of the search somewhere in the row, whatever the case', () => {
    const orders = item('orders-db', { title: 'Orders DB', store: vault });
    expect(matchesReviewFilters(row(orders), { search: 'ORDERS vault' })).toBe(
      true,
    );
    expect(matchesReviewFilters(row(orders), { search: 'orders laptop' })).toBe(
      false,
    );
  });

  it('matches a store, owner or system, or none of them', () => {
    const kept = item('a', { store: vault, owner: 'group:default/team' });
    const loose = item('b');
    expect(matchesReviewFilters(row(kept), { store: vault.entityRef })).toBe(
      true,
    );
    expect(matchesReviewFilters(row(loose), { store: 'none' })).toBe(true);
    expect(matchesReviewFilters(row(loose), { owner: 'none' })).toBe(true);
    expect(matchesReviewFilters(row(kept), { owner: 'none' })).toBe(false);
    // A store the caller may not read counts as none.
    expect(matchesReviewFilters(storeUnreadable(kept), { store: 'none' })).toBe(
      true,
    );
    expect(
      matchesReviewFilters(storeUnreadable(kept), { store: vault.entityRef }),
    ).toBe(false);
    expect(matchesReviewFilters(row(kept), { search: 'vault' })).toBe(true);
    expect(
      matchesReviewFilters(storeUnreadable(kept), { search: 'vault' }),
    ).toBe(false);
  });

  it('matches the statuses', () => {
    const bad = item('bad', { compliance: compliance(false, ['error']) });
    const warned = item('warned', {
      compliance: compliance(true, ['warning']),
    });
    const orphan = item('orphan', { dependents: [] });
    const documented = item('doc', {
      remediationLinks: [{ url: 'https://x', type: 'rotation-guide' }],
    });
    const statusOf = (status: any) =>
      [bad, warned, orphan, documented]
        .filter(i => matchesReviewFilters(row(i), { status }))
        .map(i => i.name);
    expect(statusOf('non-compliant')).toEqual(['bad']);
    expect(statusOf('compliant')).toEqual(['warned', 'orphan', 'doc']);
    expect(statusOf('warnings')).toEqual(['warned']);
    expect(statusOf('orphaned')).toEqual(['orphan']);
    expect(statusOf('no-remediation-docs')).toEqual([
      'bad',
      'warned',
      'orphan',
    ]);
  });
});

describe('reviewSortOrder', () => {
  const items = [
    item('c', { title: 'alpha', owner: 'group:default/zeta' }),
    item('a', {
      title: 'Charlie',
      compliance: compliance(false, ['error']),
      dependents: [],
    }),
    item('b', {
      title: 'bravo',
      owner: 'group:default/Alpha',
      compliance: compliance(false, ['error', 'error']),
      store: vault,
    }),
    item('d', { compliance: compliance(true, ['warning']) }),
  ];
  const names = (key: Parameters<typeof reviewSortOrder>[1]) =>
    Array.from(reviewSortOrder(items, key)).map(i => items[i].name);

  it('sorts by each column, ties and missing values after', () => {
    expect(names('ref')).toEqual(['a', 'b', 'c', 'd']);
    expect(names('name')).toEqual(['c', 'b', 'a', 'd']);
    expect(names('owner')).toEqual(['b', 'c', 'a', 'd']);
    expect(names('store')).toEqual(['b', 'a', 'c', 'd']);
    expect(names('dependents')).toEqual(['a', 'b', 'c', 'd']);
    // Non-compliant with most errors first, then warnings, then compliant.
    expect(names('compliance')).toEqual(['b', 'a', 'd', 'c']);
  });
});
