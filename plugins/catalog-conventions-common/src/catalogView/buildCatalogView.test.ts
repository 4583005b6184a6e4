import { Entity } from '@backstage/catalog-model';
import { buildCatalogView } from './buildCatalogView';

const entity = (kind: string, name: string, namespace?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace },
});

describe('buildCatalogView', () => {
  const vault = entity('Resource', 'Vault');
  const team = entity('Group', 'team', 'payments');
  const view = buildCatalogView([
    vault,
    team,
    // malformed entries are ignored rather than breaking the index
    { apiVersion: 'x', kind: 'Component', metadata: {} } as any,
    null as any,
  ]);

  it('looks entities up by ref, case-insensitively', () => {
    expect(view.getEntity('resource:default/VAULT')).toBe(vault);
    expect(view.getEntity('resource:vault')).toBe(vault);
    expect(
      view.getEntity({ kind: 'Group', namespace: 'Payments', name: 'team' }),
    ).toBe(team);
    expect(view.getEntity('group:team')).toBeUndefined();
    expect(view.getEntity('not a ref:::')).toBeUndefined();
  });

  it('answers the same for a ref asked again, in any case and any form', () => {
    for (let round = 0; round < 2; round++) {
      expect(view.getEntity('resource:default/vault')).toBe(vault);
      expect(view.getEntity('Resource:Default/Vault')).toBe(vault);
      expect(view.getEntity('resource:vault')).toBe(vault);
      expect(view.getEntity('group:payments/team')).toBe(team);
      expect(view.getEntity('group:team')).toBeUndefined();
      expect(view.getEntity('not a ref:::')).toBeUndefined();
    }
  });
});
