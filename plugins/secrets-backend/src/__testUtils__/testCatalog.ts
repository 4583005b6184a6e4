import { stringify } from 'yaml';

/** Written into the catalog on a secret; must never come out of the API. */
export const UNLISTED_ANNOTATION_MARKER = 'unlisted-annotation-marker';

const entity = (kind: string, name: string, rest: object) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name },
  ...rest,
});

/**
 * A small catalog: a compliant secret in an approved store, a non-compliant
 * one in an unapproved store whose title a spreadsheet would run as a formula,
 * and a component that uses both.
 */
export const TEST_CATALOG = [
  entity('Group', 'team-a', { spec: { type: 'team', children: [] } }),
  entity('Resource', 'vault-prod', {
    metadata: {
      name: 'vault-prod',
      title: 'Vault (prod)',
      annotations: { 'stagecraft.io/store-provider': 'hashicorp-vault' },
    },
    spec: { type: 'secret-store', owner: 'group:team-a' },
  }),
  entity('Resource', 'team-laptops', {
    metadata: {
      name: 'team-laptops',
      annotations: { 'stagecraft.io/store-provider': 'team-laptops' },
    },
    spec: { type: 'secret-store', owner: 'group:team-a' },
  }),
  entity('Resource', 'orders-db-password', {
    metadata: {
      name: 'orders-db-password',
      title: 'Orders database password',
      description: 'Password of the orders_app user on the orders database.',
      annotations: {
        'stagecraft.io/secret-kind': 'password',
        'stagecraft.io/secret-path': 'prod/orders/db',
        'stagecraft.io/rotation-period': '30d',
        'example.com/note': UNLISTED_ANNOTATION_MARKER,
      },
      links: [
        {
          url: 'https://wiki.example.com/rotate-orders-db',
          title: 'Rotating the orders database password',
          type: 'rotation-guide',
        },
        { url: 'https://wiki.example.com/orders', title: 'Orders wiki' },
      ],
    },
    spec: {
      type: 'secret',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'orders',
      dependsOn: ['resource:vault-prod'],
    },
  }),
  entity('Resource', 'laptop-key', {
    metadata: {
      name: 'laptop-key',
      title: '=HYPERLINK("https://evil.example.com","open")',
      description: 'A signing key that lives on a laptop, for the CSV test.',
    },
    spec: {
      type: 'secret',
      lifecycle: 'experimental',
      owner: 'group:default/team-a',
      dependsOn: ['resource:team-laptops'],
    },
  }),
  entity('Component', 'orders-web', {
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:team-a',
      dependsOn: ['resource:orders-db-password', 'resource:laptop-key'],
    },
  }),
  entity('Component', 'status-page', {
    spec: { type: 'website', lifecycle: 'production', owner: 'group:team-a' },
  }),
]
  .map(e => stringify(e))
  .join('---\n');
