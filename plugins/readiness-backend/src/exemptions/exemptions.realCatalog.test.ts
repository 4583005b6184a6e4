import { coreServices, DatabaseService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { asUser, initModule } from '@internal/stagecraft-test-utils';
import { HIDDEN_ENTITY } from '@stagecraft/catalog-conventions-common';
import {
  EntityReadiness,
  Exemption,
  ExemptionWithHistory,
  READINESS_ROUTES,
  readinessExemptionApprovePermission,
} from '@stagecraft/plugin-readiness-common';
import supertest from 'supertest';
import { ExemptionStore } from '../database/ExemptionStore';
import {
  oncallTeam,
  pagedService,
  restrictedHiddenFromUsers,
  startReadinessCatalog,
  userRefOf,
} from '../__testUtils__/readinessCatalog';

jest.setTimeout(120_000);

/** Production services with no runbook link: their runbook checks fail. */
const ENTITIES = [
  oncallTeam('checkout-team'),
  oncallTeam('payments-team'),
  pagedService('cart', 'checkout-team'),
  pagedService('pay', 'payments-team'),
  pagedService('vault-sync', 'checkout-team', { restricted: true }),
];

const ANA = 'user:default/ana';
const LEAD = 'user:default/lead';
const OUTSIDER = 'user:default/outsider';
const MEMBERSHIPS: Record<string, string[]> = {
  [ANA]: ['group:default/checkout-team'],
  [LEAD]: ['group:default/sre'],
  [OUTSIDER]: [],
};

/** Users read every entity but those labelled restricted; only the lead approves exemptions. */
const permissions = restrictedHiddenFromUsers(
  (permission, user) =>
    permission === readinessExemptionApprovePermission.name && user !== LEAD,
);

const userInfo = mockServices.userInfo.mock({
  getUserInfo: async credentials => {
    const userEntityRef = userRefOf(credentials)!;
    return {
      userEntityRef,
      ownershipEntityRefs: [
        userEntityRef,
        ...(MEMBERSHIPS[userEntityRef] ?? []),
      ],
    };
  },
});

const api = (path: string) => `/api/readiness${path}`;
const cart = { kind: 'component', namespace: 'default', name: 'cart' };
const vaultSync = {
  kind: 'component',
  namespace: 'default',
  name: 'vault-sync',
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe('readiness exemptions over the real catalog', () => {
  let backend: Awaited<ReturnType<typeof startReadinessCatalog>>;
  let database: DatabaseService;
  const readinessDatabase = initModule(
    { pluginId: 'readiness', moduleId: 'test-database' },
    { db: coreServices.database },
    async ({ db }) => {
      database = db;
    },
  );
  const as = (user: string) =>
    asUser(backend.server, mockCredentials.user.header(user));

  beforeAll(async () => {
    backend = await startReadinessCatalog({
      entities: ENTITIES,
      expectedEntities: 4,
      results: 3,
      features: [readinessDatabase, permissions.factory, userInfo.factory],
      campaign: {
        id: 'runbooks',
        name: 'Runbooks',
        description: 'Every service has a runbook',
        scope: { owners: ['checkout-team', 'payments-team'] },
        requiredChecks: ['runbook'],
      },
    });
  });

  afterAll(() => backend?.stop());

  const request = (user: string, entityRef: string, extra = {}) =>
    as(user)
      .post(api(READINESS_ROUTES.exemptions))
      .send({
        entityRef,
        checkId: 'runbook',
        reason: 'The runbook moves to TechDocs next sprint',
        expiresAt: inAWeek(),
        ...extra,
      });

  it('lets an owner request, an approver approve, and serves the check as exempt everywhere until withdrawn', async () => {
    // Neither an owner nor an approver.
    const refused = await request(OUTSIDER, 'component:default/cart');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'Only an owner of component:default/cart (group:default/checkout-team) or an exemption approver may request an exemption for it',
    );
    const bad = await request(ANA, 'component:default/cart', {
      expiresAt: 'soon',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^Exemption field expiresAt must be/,
    );

    const created = await request(ANA, 'component:default/Cart').expect(201);
    const requested: ExemptionWithHistory = created.body;
    expect(requested).toMatchObject({
      entityRef: 'component:default/cart',
      state: 'requested',
      requestedBy: ANA,
    });
    const { id } = requested;
    // One open exemption per entity and check.
    expect((await request(ANA, 'component:default/cart')).status).toBe(409);

    // The requester is no approver; the approver may approve.
    expect(
      (await as(ANA).post(api(READINESS_ROUTES.exemptionApprove.path(id))))
        .status,
    ).toBe(403);
    const approved = await as(LEAD)
      .post(api(READINESS_ROUTES.exemptionApprove.path(id)))
      .send({ comment: 'Fine until the move' })
      .expect(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      decidedBy: LEAD,
      decisionComment: 'Fine until the move',
    });
    // Only a requested exemption can be decided.
    expect(
      (await as(LEAD).post(api(READINESS_ROUTES.exemptionDeny.path(id))))
        .status,
    ).toBe(409);

    const result: EntityReadiness = (
      await as(ANA)
        .get(api(READINESS_ROUTES.entityReadiness.path(cart)))
        .expect(200)
    ).body;
    expect(result.exempted).toBe(1);
    expect(result.checks.find(c => c.checkId === 'runbook')).toMatchObject({
      status: 'exempt',
      exemption: { id, approvedBy: LEAD, originalStatus: 'fail' },
    });
    const progress = (
      await as(ANA)
        .get(api(READINESS_ROUTES.campaignProgress.path('runbooks')))
        .expect(200)
    ).body;
    expect(progress.totals).toMatchObject({
      entities: 2,
      done: 1,
      doneWithExemption: 1,
    });
    const csv = await as(ANA).get(api(READINESS_ROUTES.resultsCsv)).expect(200);
    expect(csv.text).toContain(`runbook: until ${inAWeek().slice(0, 10)}`);

    // Only the requester withdraws; then the check fails again.
    expect(
      (await as(LEAD).post(api(READINESS_ROUTES.exemptionWithdraw.path(id))))
        .status,
    ).toBe(403);
    await as(ANA)
      .post(api(READINESS_ROUTES.exemptionWithdraw.path(id)))
      .expect(200);
    const after: EntityReadiness = (
      await as(ANA).get(api(READINESS_ROUTES.entityReadiness.path(cart)))
    ).body;
    expect(after.checks.find(c => c.checkId === 'runbook')?.status).toBe(
      'fail',
    );
    const trail: ExemptionWithHistory = (
      await as(ANA)
        .get(api(READINESS_ROUTES.exemption.path(id)))
        .expect(200)
    ).body;
    expect(trail.events.map(e => [e.action, e.actor])).toEqual([
      ['requested', ANA],
      ['approved', LEAD],
      ['withdrawn', ANA],
    ]);
    const ofCart: Exemption[] = (
      await as(ANA)
        .get(api(READINESS_ROUTES.entityExemptions.path(cart)))
        .expect(200)
    ).body.items;
    expect(ofCart.map(e => [e.id, e.state])).toEqual([[id, 'withdrawn']]);
  });

  it('answers an exemption of an entity the caller may not read as a missing one, and lists none of them', async () => {
    const store = await ExemptionStore.create({ database });
    const hidden = await store.request(
      {
        entityRef: 'component:default/vault-sync',
        checkId: 'runbook',
        reason: 'vault-sync is being retired',
        expiresAt: inAWeek(),
      },
      { actor: ANA, now: new Date() },
    );
    const missingId = '00000000-0000-4000-8000-000000000000';
    const refused = await as(ANA).get(
      api(READINESS_ROUTES.exemption.path(hidden.id)),
    );
    const missing = await as(ANA).get(
      api(READINESS_ROUTES.exemption.path(missingId)),
    );
    expect(refused.status).toBe(404);
    expect(refused.text.split(hidden.id).join(missingId)).toBe(missing.text);
    expect(
      (
        await as(ANA).get(
          api(READINESS_ROUTES.entityExemptions.path(vaultSync)),
        )
      ).status,
    ).toBe(404);
    expect((await request(ANA, 'component:default/vault-sync')).status).toBe(
      404,
    );
    for (const user of [ANA, LEAD]) {
      const list = await as(user).get(api(READINESS_ROUTES.exemptions));
      expect(list.status).toBe(200);
      expect(list.text).not.toContain('vault-sync');
    }
    // A service reads everything: without the filter the list would name it.
    const asService = await asUser(
      backend.server,
      mockCredentials.service.header(),
    ).get(api(`${READINESS_ROUTES.exemptions}?state=requested`));
    expect(asService.text).toContain('vault-sync');
  });

  it('hides, in what it answers of an exemption, an entity the caller may not read', async () => {
    const reason = 'Covered by component:default/vault-sync until it moves';
    const created = await request(ANA, 'component:default/cart', {
      checkId: 'monitors',
      reason,
    }).expect(201);
    const hidden = `Covered by ${HIDDEN_ENTITY} until it moves`;
    expect(created.body.reason).toBe(hidden);
    const { id } = created.body;

    const answers = [
      (await as(LEAD).get(api(READINESS_ROUTES.exemption.path(id)))).body,
      ...(await as(LEAD).get(api(READINESS_ROUTES.exemptions))).body.items,
      ...(await as(LEAD).get(api(READINESS_ROUTES.entityExemptions.path(cart))))
        .body.items,
    ].filter((answer: Exemption) => answer.id === id);
    expect(answers.map((answer: Exemption) => answer.reason)).toEqual([
      hidden,
      hidden,
      hidden,
    ]);
    // Stored as written: a service, which reads every entity, is answered the reason itself.
    const asService = await asUser(
      backend.server,
      mockCredentials.service.header(),
    ).get(api(READINESS_ROUTES.exemption.path(id)));
    expect(asService.body.reason).toBe(reason);
  });

  it('refuses a request from a service (only users request) and any unauthenticated call', async () => {
    const service = asUser(backend.server, mockCredentials.service.header());
    expect((await service.post(api(READINESS_ROUTES.exemptions))).status).toBe(
      403,
    );
    expect(
      (
        await supertest(backend.server)
          .get(api(READINESS_ROUTES.exemptions))
          .set('Authorization', mockCredentials.none.header())
      ).status,
    ).toBe(401);
  });
});
