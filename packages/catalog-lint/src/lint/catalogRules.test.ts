import { Entity } from '@backstage/catalog-model';
import { readSecretsRulesConfig } from '@stagecraft/plugin-secrets-common';
import {
  catalogEntities,
  checkDuplicateEntities,
  checkSecrets,
} from './catalogRules';
import { LintedEntity } from './types';

const config = readSecretsRulesConfig();

function linted(entity: Entity, file = 'a.yaml', line = 1): LintedEntity {
  const ref = `${entity.kind}:${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase();
  return { file, documentIndex: 0, entity, ref, label: ref, line };
}

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const store: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'vault',
    namespace: 'default',
    annotations: { 'stagecraft.io/store-provider': 'aws-secrets-manager' },
  },
  spec: { type: 'secret-store', owner: 'team-a' },
};

const secret: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'db-password',
    namespace: 'default',
    description:
      'Password of the orders database user, used by the orders API.',
    links: [{ url: 'https://wiki.example.com/rotate', type: 'rotation-guide' }],
  },
  spec: {
    type: 'secret',
    owner: 'team-a',
    system: 'orders',
    dependsOn: ['resource:default/vault'],
  },
};

describe('checkSecrets', () => {
  it('runs every rule against the linted entities', () => {
    const local = [linted(secret), linted(store), linted(group('team-a'))];
    expect(checkSecrets(local, catalogEntities(local), config)).toEqual({
      findings: [],
      skippedRules: [],
    });
  });

  it('flags an owner and store missing from the linted files', () => {
    const { findings } = checkSecrets(
      [linted(secret)],
      catalogEntities([linted(secret)]),
      config,
    );
    expect(findings.map(f => f.ruleId)).toEqual([
      'secrets/owner',
      'secrets/store',
    ]);
  });

  it('finds the owner and store in the portal catalog', () => {
    const local = [linted(secret)];
    const result = checkSecrets(
      local,
      catalogEntities(local, [group('team-a'), store]),
      config,
    );
    expect(result.findings).toEqual([]);
  });

  it('lets the linted files win over the portal for the same entity', () => {
    const unapproved = {
      ...store,
      metadata: {
        ...store.metadata,
        annotations: { 'stagecraft.io/store-provider': 'team-laptops' },
      },
    };
    const local = [linted(secret), linted(unapproved, 'stores.yaml')];
    const result = checkSecrets(
      local,
      catalogEntities(local, [group('team-a'), store]),
      config,
    );
    expect(result.findings.map(f => f.ruleId)).toEqual([
      'secrets/approved-store',
    ]);
  });

  it('skips the whole-catalog rules without a catalog and says which', () => {
    const result = checkSecrets([linted(secret)], undefined, config);
    expect(result.findings).toEqual([]);
    expect(result.skippedRules).toEqual([
      'secrets/approved-store',
      'secrets/dependents',
      'secrets/owner',
      'secrets/unique-name',
    ]);
  });
});

describe('checkDuplicateEntities', () => {
  it('reports each copy, naming where the others are', () => {
    const findings = checkDuplicateEntities([
      linted(group('team-a'), 'a.yaml', 3),
      linted(group('team-b'), 'a.yaml', 10),
      linted(group('Team-A'), 'b.yaml', 7),
    ]);
    expect(findings.map(f => [f.target.file, f.message])).toEqual([
      [
        'a.yaml',
        'group:default/team-a is defined more than once (also at b.yaml:7); the catalog keeps one and rejects the others.',
      ],
      [
        'b.yaml',
        'group:default/team-a is defined more than once (also at a.yaml:3); the catalog keeps one and rejects the others.',
      ],
    ]);
  });
});
