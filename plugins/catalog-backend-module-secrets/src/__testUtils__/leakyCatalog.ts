import {
  catalogEntity,
  catalogFile,
  secretStoreEntity,
} from '@internal/stagecraft-test-utils';
import { fakeGithubToken, fakePassword } from './fakeSecrets';

/** A file of five clean entities and one that leaks two secret values. */
export function leakyCatalog() {
  const token = fakeGithubToken();
  const password = fakePassword();
  const entities = [
    catalogEntity('Group', 'team-a', { type: 'team', children: [] }),
    secretStoreEntity('vault-prod', 'hashicorp-vault', 'group:team-a'),
    catalogEntity(
      'Resource',
      {
        name: 'db-password',
        description: 'Password of the orders database application user.',
        annotations: { 'stagecraft.io/secret-path': 'prod/orders/db' },
      },
      {
        type: 'secret',
        owner: 'group:team-a',
        dependsOn: ['resource:vault-prod'],
      },
    ),
    catalogEntity(
      'Resource',
      {
        name: 'leaky-token',
        description: 'A secret written into the catalog by mistake.',
        annotations: { 'example.com/api-token': token },
      },
      {
        type: 'secret',
        owner: 'group:team-a',
        dependsOn: ['resource:vault-prod'],
        settings: { password },
      },
    ),
    catalogEntity('Component', 'orders-web', {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:team-a',
      dependsOn: ['resource:db-password', 'resource:leaky-token'],
    }),
  ];
  return {
    yaml: catalogFile(entities),
    secretValues: [token, password],
    cleanRefs: [
      'group:default/team-a',
      'resource:default/vault-prod',
      'resource:default/db-password',
      'component:default/orders-web',
    ],
    leakingRef: 'resource:default/leaky-token',
  };
}
