import { storeRule } from './storeRule';
import { runRule } from './__testUtils__/check';
import {
  baseCatalog,
  component,
  secret,
  store,
} from './__testUtils__/entities';

const withDependsOn = (dependsOn: unknown[], namespace?: string) =>
  secret('s', { namespace, spec: { dependsOn } });

describe('store rule without a catalog', () => {
  it('passes with exactly one resource entry, ignoring other kinds', () => {
    expect(
      runRule(storeRule, withDependsOn(['resource:default/vault'])),
    ).toEqual([]);
    expect(
      runRule(
        storeRule,
        withDependsOn(['resource:vault', 'component:default/rotator']),
      ),
    ).toEqual([]);
  });

  it('fails without a resource entry', () => {
    for (const dependsOn of [[], ['component:default/rotator']]) {
      const [violation] = runRule(storeRule, withDependsOn(dependsOn));
      expect(violation.message).toMatch(/does not say where it is stored/);
      expect(violation.field).toBe('spec.dependsOn');
    }
    expect(
      runRule(storeRule, secret('s', { spec: { dependsOn: undefined } })),
    ).toHaveLength(1);
  });

  it('fails with several resource entries, naming them', () => {
    const [violation] = runRule(
      storeRule,
      withDependsOn([
        'resource:default/vault',
        'resource:default/aws-kms-prod',
      ]),
    );
    expect(violation.message).toBe(
      'The secret depends on 2 resources (resource:default/vault, resource:default/aws-kms-prod); it must depend on exactly one, its secret store.',
    );
  });

  it('reports dependsOn entries without a kind', () => {
    const violations = runRule(storeRule, withDependsOn(['vault']));
    expect(violations.map(v => v.message)).toEqual([
      'The spec.dependsOn entry vault has no kind, so the catalog cannot resolve it.',
      'The secret does not say where it is stored: spec.dependsOn has no resource: entry.',
    ]);
    expect(violations[0].fix).toBe(
      'Write the entry as a full entity ref such as resource:vault.',
    );
  });
});

describe('store rule with a catalog', () => {
  it('passes when the store exists and is a secret-store', () => {
    expect(runRule(storeRule, secret('s'), baseCatalog())).toEqual([]);
  });

  it('resolves a ref without namespace in the secret namespace', () => {
    const vault = { ...store('vault', 'hashicorp-vault') };
    vault.metadata = { ...vault.metadata, namespace: 'payments' };
    expect(
      runRule(storeRule, withDependsOn(['resource:vault'], 'payments'), [
        vault,
      ]),
    ).toEqual([]);
    expect(
      runRule(storeRule, withDependsOn(['resource:vault']), [vault])[0].message,
    ).toBe("The secret's store resource:default/vault is not in the catalog.");
  });

  it('fails when the store is not a secret-store', () => {
    const bucket = store('aws-secrets-manager-prod', undefined, {
      spec: { type: 's3-bucket' },
    });
    const [violation] = runRule(storeRule, secret('s'), [bucket]);
    expect(violation.message).toBe(
      'The secret depends on resource:default/aws-secrets-manager-prod, which is a Resource of type s3-bucket, not a secret-store.',
    );
  });

  it('ignores dependsOn entries of other kinds even when they exist', () => {
    expect(
      runRule(
        storeRule,
        withDependsOn([
          'resource:default/aws-secrets-manager-prod',
          'component:rotator',
        ]),
        [...baseCatalog(), component('rotator')],
      ),
    ).toEqual([]);
  });
});
