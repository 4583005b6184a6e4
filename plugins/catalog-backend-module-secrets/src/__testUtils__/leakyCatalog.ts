import { stringify } from 'yaml';
import { fakeGithubToken, fakePassword } from './fakeSecrets';

/** A file of five clean entities and one that leaks two secret values. */
export function leakyCatalog() {
  const token = fakeGithubToken();
  const password = fakePassword();
  const entities = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-a' },
      spec: { type: 'team', children: [] },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'vault-prod',
        annotations: { 'stagecraft.io/store-provider': 'hashicorp-vault' },
      },
      spec: { type: 'secret-store', owner: 'group:team-a' },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'db-password',
        description: 'Password of the orders database application user.',
        annotations: { 'stagecraft.io/secret-path': 'prod/orders/db' },
      },
      spec: {
        type: 'secret',
        owner: 'group:team-a',
        dependsOn: ['resource:vault-prod'],
      },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'leaky-token',
        description: 'A secret written into the catalog by mistake.',
        annotations: { 'example.com/api-token': token },
      },
      spec: {
        type: 'secret',
        owner: 'group:team-a',
        dependsOn: ['resource:vault-prod'],
        settings: { password },
      },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'orders-web' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:team-a',
        dependsOn: ['resource:db-password', 'resource:leaky-token'],
      },
    },
  ];
  return {
    yaml: entities.map(entity => stringify(entity)).join('---\n'),
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
