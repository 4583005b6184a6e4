import { createHash } from 'crypto';
import { Entity } from '@backstage/catalog-model';
import { mulberry32 } from '@internal/stagecraft-test-utils';

/** The label the bench's policy hides from the reviewer. */
export const RESTRICTED_LABEL = 'restricted';

const PROVIDERS = [
  'aws-secrets-manager',
  'hashicorp-vault',
  'aws-ssm-parameter-store',
  'team-laptops',
  'shared-spreadsheet',
];

const entity = (
  kind: string,
  name: string,
  spec: object,
  metadata: object = {},
  relations: Entity['relations'] = [],
): Entity => {
  const served: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
    relations,
  };
  // The catalog gives every entity a uid, and an etag that changes with it.
  served.metadata.uid = `${kind.toLowerCase()}-${name}`;
  served.metadata.etag = createHash('sha1')
    .update(JSON.stringify(served))
    .digest('hex');
  return served;
};

const ownedBy = (owner: string) => [{ type: 'ownedBy', targetRef: owner }];

/**
 * A catalog as the catalog serves it (refs resolved, `ownedBy` relations,
 * a uid and an etag on every entity):
 * `secrets` secrets across 200 stores (one provider in five unsafe), 300
 * teams and 60 systems, and one component per five secrets depending on five
 * of them. One secret in fifty is labelled `restricted`; every seventh has no
 * remediation link, every eleventh a placeholder description.
 */
export function generateCatalog(secrets: number): Entity[] {
  const random = mulberry32(50_000);
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(random() * list.length)];
  const teams = Array.from({ length: 300 }, (_, i) => `team-${i}`);
  const systems = Array.from({ length: 60 }, (_, i) => `system-${i}`);
  const stores = Array.from({ length: 200 }, (_, i) => ({
    name: `store-${i}`,
    provider: PROVIDERS[i % PROVIDERS.length],
  }));

  const entities: Entity[] = [
    ...teams.map(team => entity('Group', team, { type: 'team', children: [] })),
    ...systems.map(system =>
      entity('System', system, { owner: `group:default/${pick(teams)}` }),
    ),
    ...stores.map(store => {
      const owner = `group:default/${pick(teams)}`;
      return entity(
        'Resource',
        store.name,
        { type: 'secret-store', owner },
        {
          title: `Store ${store.name} (${store.provider})`,
          annotations: { 'stagecraft.io/store-provider': store.provider },
        },
        ownedBy(owner),
      );
    }),
  ];

  for (let i = 0; i < secrets; i++) {
    const name = `secret-${String(i).padStart(6, '0')}`;
    const owner = i % 97 === 0 ? undefined : `group:default/${pick(teams)}`;
    const store = pick(stores);
    entities.push(
      entity(
        'Resource',
        name,
        {
          type: 'secret',
          lifecycle: 'production',
          ...(owner ? { owner } : {}),
          ...(i % 13 === 0
            ? {}
            : { system: `system:default/${pick(systems)}` }),
          dependsOn: [`resource:default/${store.name}`],
        },
        {
          title: `Secret ${i} of ${pick(systems)}`,
          description:
            i % 11 === 0
              ? 'TODO'
              : `Credentials the ${pick(systems)} services use to reach ${pick(
                  PROVIDERS,
                )}.`,
          annotations: {
            'stagecraft.io/secret-kind': pick(['password', 'api-key', 'token']),
            'stagecraft.io/secret-path': `prod/${name}`,
            'stagecraft.io/rotation-period': pick(['30d', '90d', '365d']),
          },
          ...(i % 50 === 0 ? { labels: { [RESTRICTED_LABEL]: 'true' } } : {}),
          links:
            i % 7 === 0
              ? []
              : [
                  {
                    url: `https://wiki.example.com/rotate/${name}`,
                    title: 'Rotation guide',
                    type: 'rotation-guide',
                  },
                ],
        },
        owner ? ownedBy(owner) : [],
      ),
    );
  }

  for (let c = 0; c < secrets / 5; c++) {
    const owner = `group:default/${pick(teams)}`;
    entities.push(
      entity(
        'Component',
        `service-${c}`,
        {
          type: 'service',
          lifecycle: 'production',
          owner,
          dependsOn: Array.from(
            { length: 5 },
            () =>
              `resource:default/secret-${String(
                Math.floor(random() * secrets),
              ).padStart(6, '0')}`,
          ),
        },
        {},
        ownedBy(owner),
      ),
    );
  }
  return entities;
}
