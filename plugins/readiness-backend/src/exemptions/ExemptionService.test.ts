import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { freshPluginDatabase } from '@internal/stagecraft-test-utils';
import { DEFAULT_READINESS_RULES_CONFIG } from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';
import { ExemptionService } from './ExemptionService';
import { exemptionNotifierOn } from '../__testUtils__/exemptionNotifier';
import { storeDatabases } from '../__testUtils__/storeDatabases';

const { databases } = storeDatabases(options => ExemptionStore.create(options));
const now = new Date('2026-12-06T12:00:00.000Z');

const cart: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'cart', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
};

const ANA = 'user:default/ana';
const LEAD = 'user:default/lead';
const user = (ref: string) => mockCredentials.user(ref);

/** Ana is in checkout-team and approves; the lead approves. */
async function createService(allowSelfApproval: boolean) {
  // The store and the outbox share the plugin's database, as in the plugin.
  const { database } = await freshPluginDatabase(databases, 'SQLITE_3');
  const store = await ExemptionStore.create({ database });
  const send = jest.fn(async () => {});
  const { outbox, notifier } = await exemptionNotifierOn(database, send);
  const service = new ExemptionService({
    store,
    catalog: catalogServiceMock({ entities: [cart] }),
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo.mock({
      getUserInfo: async credentials => {
        const ref = (credentials.principal as { userEntityRef: string })
          .userEntityRef;
        return {
          userEntityRef: ref,
          ownershipEntityRefs:
            ref === ANA ? [ref, 'group:default/checkout-team'] : [ref],
        };
      },
    }),
    permissions: mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    }),
    rules: DEFAULT_READINESS_RULES_CONFIG,
    settings: { maxDays: 90, allowSelfApproval, reminderDays: 7 },
    notifier,
    now: () => now,
  });
  const requested = await service.request(
    {
      entityRef: 'component:default/cart',
      checkId: 'runbook',
      reason: 'Moving the runbook to TechDocs',
      expiresAt: '2026-12-20T00:00:00Z',
    },
    user(ANA),
  );
  return { service, send, outbox, id: requested.id };
}

describe('ExemptionService', () => {
  it('refuses a requester deciding their own request, and tells the requester the decision of another', async () => {
    const { service, send, outbox, id } = await createService(false);
    await expect(service.decide(id, 'approved', {}, user(ANA))).rejects.toThrow(
      `You requested exemption ${id}; another approver must decide it`,
    );
    expect(send).not.toHaveBeenCalled();

    const denied = await service.decide(
      id,
      'denied',
      { comment: 'Write the runbook instead' },
      user(LEAD),
    );
    expect(denied.state).toBe('denied');
    await outbox.settled();
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ANA },
      payload: expect.objectContaining({
        title: 'Exemption from "Runbook" on component:default/cart denied',
        description: `The check counts as it stands. ${LEAD} wrote: Write the runbook instead`,
        topic: 'readiness:exemption',
      }),
    });
  });

  it('lets a requester approve their own request when self-approval is allowed', async () => {
    const { service, id } = await createService(true);
    const approved = await service.decide(id, 'approved', undefined, user(ANA));
    expect(approved).toMatchObject({ state: 'approved', decidedBy: ANA });
  });

  it('refuses a comment that is not a string, naming the field', async () => {
    const { service, id } = await createService(false);
    await expect(
      service.decide(id, 'approved', { comment: 42 }, user(LEAD)),
    ).rejects.toThrow('Exemption field comment must be a string');
  });
});
