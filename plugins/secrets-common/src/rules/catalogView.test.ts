import { buildSecretsCatalogView } from './catalogView';
import { component, group, secret, store } from './__testUtils__/entities';

describe('buildSecretsCatalogView', () => {
  const vault = store('vault', 'hashicorp-vault');
  const a = secret('Db-Password');
  const b = secret('db-password', { namespace: 'payments' });
  const api = component('reviews-api', ['resource:default/db-password']);
  const worker = component('worker', ['resource:db-password'], 'payments');
  const view = buildSecretsCatalogView([
    vault,
    a,
    b,
    api,
    worker,
    group('reviews-team'),
    // malformed entries are ignored rather than breaking the index
    { apiVersion: 'x', kind: 'Component', metadata: {} } as any,
    null as any,
  ]);

  it('looks entities up by ref, case-insensitively', () => {
    const vaultRefs = [
      'resource:default/VAULT',
      { kind: 'Resource', namespace: 'default', name: 'vault' },
    ];
    for (const ref of vaultRefs) expect(view.getEntity(ref)).toBe(vault);
    for (const ref of ['resource:default/missing', 'not a ref:::']) {
      expect(view.getEntity(ref)).toBeUndefined();
    }
  });

  it('finds secrets by name across namespaces', () => {
    expect(view.getSecretsByName('DB-PASSWORD')).toEqual([a, b]);
    expect(view.getSecretsByName('vault')).toEqual([]);
  });

  it('indexes dependsOn in reverse, resolving namespaces like the catalog', () => {
    expect(view.getDependents('resource:default/db-password')).toEqual([api]);
    expect(view.getDependents('resource:payments/db-password')).toEqual([
      worker,
    ]);
    expect(
      view.getDependents('resource:default/aws-secrets-manager-prod'),
    ).toEqual([a, b]);
  });
});
