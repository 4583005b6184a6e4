import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hideRestrictedFromUsers } from '@internal/stagecraft-test-utils';
import { HIDDEN_ENTITY } from '@stagecraft/catalog-conventions-common';
import {
  buildSecretsCatalogView,
  DEFAULT_SECRETS_RULES_CONFIG,
  SecretReviewItem,
} from '@stagecraft/plugin-secrets-common';
import { SecretsReviewService } from './SecretsReviewService';
import { visibleReviewItems } from './visibleReviewItems';

const resource = (
  name: string,
  spec: Record<string, unknown>,
  metadata: Partial<Entity['metadata']> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name,
    description: 'The password of the orders database, for the service.',
    ...metadata,
  },
  spec: { owner: 'team-a', ...spec },
});

const component = (name: string, dependsOn: string[], restricted = false) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, ...(restricted ? { labels: { restricted: 'true' } } : {}) },
  spec: { type: 'service', owner: 'team-a', dependsOn },
});

const RESTRICTED = { labels: { restricted: 'true' } };

const ENTITIES: Entity[] = [
  resource(
    'vault-prod',
    { type: 'secret-store' },
    {
      annotations: { 'stagecraft.io/store-provider': 'hashicorp-vault' },
    },
  ),
  resource('hidden-store', { type: 'secret-store' }, RESTRICTED),
  resource('orders-db-password', {
    type: 'secret',
    dependsOn: ['resource:default/vault-prod'],
  }),
  resource(
    'orders-db-password',
    { type: 'secret', dependsOn: ['resource:default/vault-prod'] },
    { namespace: 'finance', ...RESTRICTED },
  ),
  resource('payroll-key', {
    type: 'secret',
    dependsOn: ['resource:default/hidden-store'],
  }),
  component('orders-web', [
    'resource:default/orders-db-password',
    'resource:default/payroll-key',
  ]),
  component('payroll-batch', ['resource:default/orders-db-password'], true),
];

function createService() {
  return new SecretsReviewService({
    catalog: hideRestrictedFromUsers(
      catalogServiceMock({ entities: ENTITIES }),
    ),
    auth: mockServices.auth(),
    permissions: mockServices.permissions(),
    logger: mockServices.logger.mock(),
    rulesConfig: DEFAULT_SECRETS_RULES_CONFIG,
    cacheTtlMs: 30_000,
  });
}

const user = mockCredentials.user('user:default/dana');
const ref = (kind: string, name: string, namespace = 'default') => ({
  kind,
  namespace,
  name,
});

describe('the entity route answers through the catalog read permission', () => {
  it('leaves unreadable dependents out of a secret row and hides quoted refs', async () => {
    const item = (await createService().getForEntity(
      ref('resource', 'orders-db-password'),
      user,
    )) as SecretReviewItem;

    expect(item.dependents).toEqual(['component:default/orders-web']);
    const text = JSON.stringify(item);
    expect(text).not.toContain('payroll-batch');
    expect(text).not.toContain('finance');
    expect(
      item.compliance.findings.find(f => f.ruleId === 'unique-name')?.message,
    ).toContain(HIDDEN_ENTITY);
  });

  it('removes an unreadable store from the rows of its secrets', async () => {
    const items = (await createService().getForEntity(
      ref('component', 'orders-web'),
      user,
    )) as SecretReviewItem[];

    const payrollKey = items.find(
      i => i.entityRef === 'resource:default/payroll-key',
    )!;
    expect(payrollKey.store).toBeUndefined();
    expect(JSON.stringify(items)).not.toContain('hidden-store');
    expect(items.map(i => i.entityRef)).toEqual([
      'resource:default/orders-db-password',
      'resource:default/payroll-key',
    ]);
  });

  it('answers 404 for an unreadable store or secret, and shows all to the plugin', async () => {
    const service = createService();
    await expect(
      service.getForEntity(ref('resource', 'hidden-store'), user),
    ).rejects.toThrow('No entity resource:default/hidden-store in the catalog');
    await expect(
      service.getForEntity(
        ref('resource', 'orders-db-password', 'finance'),
        user,
      ),
    ).rejects.toThrow(/not|No entity/);

    const asService = (await service.getForEntity(
      ref('resource', 'hidden-store'),
      mockCredentials.service(),
    )) as SecretReviewItem[];
    expect(asService.map(i => i.entityRef)).toEqual([
      'resource:default/payroll-key',
    ]);
  });

  it('hides an unreadable entity quoted at the end of a sentence', async () => {
    const item = (await createService().getForEntity(
      ref('resource', 'payroll-key'),
      mockCredentials.service(),
    )) as SecretReviewItem;
    const quoting = {
      ...item,
      compliance: {
        ...item.compliance,
        findings: [
          {
            ...item.compliance.findings[0],
            message:
              'Kept in resource:default/hidden-store. Read by component:default/payroll-batch.',
            fix: 'Ask the owner of resource:finance/orders-db-password.',
          },
        ],
      },
    };

    const [shown] = await visibleReviewItems([quoting], {
      catalog: hideRestrictedFromUsers(
        catalogServiceMock({ entities: ENTITIES }),
      ),
      view: buildSecretsCatalogView(ENTITIES),
      credentials: user,
    });

    expect(shown.compliance.findings[0]).toMatchObject({
      message: `Kept in ${HIDDEN_ENTITY}. Read by ${HIDDEN_ENTITY}.`,
      fix: `Ask the owner of ${HIDDEN_ENTITY}.`,
    });
  });
});
