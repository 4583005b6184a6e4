import { reviewFacets } from '@stagecraft/plugin-secrets-common';
import { laptopStore, makeSecret, vaultStore } from '../__testUtils__/fixtures';
import { secretsFilterOptions } from './filterOptions';

describe('secretsFilterOptions', () => {
  it('lists each store, owner and system once with its count, by label, "none" last', () => {
    const options = secretsFilterOptions(
      reviewFacets(
        [
          makeSecret('a'),
          makeSecret('b', {
            store: laptopStore,
            owner: 'group:platform/admins',
          }),
          makeSecret('c', { store: undefined, system: undefined }),
        ].map(item => ({ item, storeRef: item.store?.entityRef })),
      ),
    );
    expect(options.stores).toEqual([
      { value: laptopStore.entityRef, label: 'Team laptops', count: 1 },
      { value: vaultStore.entityRef, label: 'Vault (prod)', count: 1 },
      { value: 'none', label: 'No store', count: 1 },
    ]);
    expect(options.owners).toEqual([
      { value: 'group:platform/admins', label: 'platform/admins', count: 1 },
      { value: 'group:default/reviews-team', label: 'reviews-team', count: 2 },
    ]);
    expect(options.systems).toEqual([
      { value: 'system:default/reviews', label: 'reviews', count: 2 },
      { value: 'none', label: 'No system', count: 1 },
    ]);
    expect([...options.storesByRef.keys()]).toEqual([
      vaultStore.entityRef,
      laptopStore.entityRef,
    ]);
  });
});
