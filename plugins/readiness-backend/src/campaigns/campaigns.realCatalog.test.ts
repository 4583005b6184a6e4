import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogEntity, userEntity } from '@internal/stagecraft-test-utils';
import {
  CampaignProgress,
  EntityCampaign,
  READINESS_ROUTES,
} from '@stagecraft/plugin-readiness-common';
import request from 'supertest';
import {
  oncallTeam,
  pagedService,
  restrictedHiddenFromUsers,
  startReadinessCatalog,
} from '../__testUtils__/readinessCatalog';

jest.setTimeout(120_000);

const ANA = 'user:default/ana';
const OUTSIDER = 'user:default/outsider';
/** A user whose own entity other users may not read. */
const VERA = 'user:default/vera';

const service = (
  name: string,
  owner: string,
  extra: { restricted?: boolean; loadTest?: string } = {},
) =>
  pagedService(name, owner, {
    restricted: extra.restricted,
    links: [
      { url: `https://wiki.example.com/${name}`, type: 'runbook' },
      ...(extra.loadTest
        ? [
            {
              url: `https://k6.example.com/${name}`,
              title: `Load test ${extra.loadTest}`,
              type: 'load-test',
            },
          ]
        : []),
    ],
  });

const team = (name: string, parent?: string) =>
  oncallTeam(name, parent ? { parent } : {}, [
    { url: `https://oncall.example.com/${name}`, type: 'oncall' },
  ]);

const ENTITIES = [
  team('commerce'),
  team('checkout-team', 'commerce'),
  team('payments-team', 'commerce'),
  team('payroll-team'),
  userEntity('ana', ['commerce']),
  catalogEntity(
    'User',
    { name: 'vera', labels: { restricted: 'true' } },
    { memberOf: [] },
  ),
  service('cart', 'checkout-team', { loadTest: '2026-11-03' }),
  service('pay', 'payments-team'),
  service('payroll-pay', 'payments-team', { restricted: true }),
  service('banner', 'payroll-team'),
];

/** Users read every entity but those labelled restricted; an outsider may not manage campaigns. */
const permissions = restrictedHiddenFromUsers(
  (_permission, user) => user === OUTSIDER,
);

const api = (path: string) => `/api/readiness${path}`;
const USER = mockCredentials.user.header(ANA);

describe('readiness campaigns over the real catalog', () => {
  let backend: Awaited<ReturnType<typeof startReadinessCatalog>>;
  const get = (path: string, header = USER) =>
    request(backend.server).get(api(path)).set('Authorization', header);

  beforeAll(async () => {
    backend = await startReadinessCatalog({
      entities: ENTITIES,
      // As a user sees it: the restricted component is hidden.
      expectedEntities: 8,
      results: 4,
      features: [permissions.factory],
      campaign: {
        id: 'cyber-week',
        name: 'Cyber Week',
        description: 'Peak readiness',
        scope: { owners: ['commerce'] },
        requiredChecks: ['load-test', 'runbook'],
      },
    });
  });

  afterAll(() => backend?.stop());

  it('counts and lists only the entities the caller may read, rolled up through sub-groups', async () => {
    let progress: CampaignProgress | undefined;
    // The catalog's childOf relations and readiness results arrive a little later.
    for (let attempt = 0; attempt < 60; attempt++) {
      progress = (
        await get(READINESS_ROUTES.campaignProgress.path('cyber-week')).expect(
          200,
        )
      ).body;
      if (progress!.entities.length === 2 && progress!.rollup.length === 3)
        break;
      await new Promise(resolve => setTimeout(resolve, 500));
    }
    expect(progress!.entities.map(e => [e.entityRef, e.status])).toEqual([
      ['component:default/cart', 'done'],
      ['component:default/pay', 'owes'],
    ]);
    expect(progress!.totals).toMatchObject({ entities: 2, done: 1, owing: 1 });
    expect(
      progress!.rollup.map(r => [r.owner, r.depth, r.entities, r.done]),
    ).toEqual([
      ['group:default/commerce', 0, 2, 1],
      ['group:default/checkout-team', 1, 1, 1],
      ['group:default/payments-team', 1, 1, 0],
    ]);
    const pay = progress!.entities[1].checks.find(
      c => c.checkId === 'load-test',
    )!;
    expect(pay.fix).toContain('type load-test');
    expect(progress!.history).toEqual([
      expect.objectContaining({ entities: 2, done: 1 }),
    ]);
    expect(JSON.stringify(progress)).not.toContain('payroll');

    // A service sees the restricted one: without the filter the answer would leak it.
    const asService = await get(
      READINESS_ROUTES.campaignProgress.path('cyber-week'),
      mockCredentials.service.header(),
    );
    expect(asService.body.totals.entities).toBe(3);
  });

  it('exports what each readable entity still owes as CSV', async () => {
    const res = await get(
      READINESS_ROUTES.campaignResultsCsv.path('cyber-week'),
    ).expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /readiness-campaign-cyber-week-\d{4}-\d{2}-\d{2}\.csv/,
    );
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'entity_ref,title,owner,system,status,load-test,runbook,still_owes,exemptions',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      /^component:default\/pay,,group:default\/payments-team,,owes,fail,pass,"load-test: No load test/,
    );
    expect(res.text).not.toContain('payroll');
  });

  it("answers an entity's campaigns, and a denied entity as a missing one", async () => {
    const res = await get(
      READINESS_ROUTES.entityCampaigns.path({
        kind: 'component',
        namespace: 'default',
        name: 'pay',
      }),
    ).expect(200);
    const items: EntityCampaign[] = res.body.items;
    expect(items.map(i => [i.campaign.id, i.phase, i.progress.status])).toEqual(
      [['cyber-week', 'active', 'owes']],
    );
    const banner = await get(
      READINESS_ROUTES.entityCampaigns.path({
        kind: 'component',
        namespace: 'default',
        name: 'banner',
      }),
    ).expect(200);
    expect(banner.body.items).toEqual([]);
    const denied = await get(
      READINESS_ROUTES.entityCampaigns.path({
        kind: 'component',
        namespace: 'default',
        name: 'payroll-pay',
      }),
    );
    const missing = await get(
      READINESS_ROUTES.entityCampaigns.path({
        kind: 'component',
        namespace: 'default',
        name: 'no-such',
      }),
    );
    expect([denied.status, missing.status]).toEqual([404, 404]);
  });

  it('creates and edits campaigns only with readiness.campaign.manage, naming a bad field', async () => {
    const body = {
      name: 'Black Friday',
      startDate: '2026-11-01',
      deadline: '2026-11-27',
      scope: { owners: ['group:default/payments-team'] },
      requiredChecks: ['failover-drill'],
    };
    await request(backend.server)
      .post(api('/campaigns'))
      .set('Authorization', mockCredentials.user.header(OUTSIDER))
      .send(body)
      .expect(403);
    const created = await request(backend.server)
      .post(api('/campaigns'))
      .set('Authorization', USER)
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      id: 'black-friday',
      createdBy: 'user:default/ana',
    });
    const bad = await request(backend.server)
      .post(api('/campaigns/black-friday'))
      .set('Authorization', USER)
      .send({ ...body, requiredChecks: ['nope'] })
      .expect(400);
    expect(bad.body.error.message).toContain(
      'Campaign field requiredChecks names unknown checks nope',
    );
    await request(backend.server)
      .post(api('/campaigns/black-friday'))
      .set('Authorization', USER)
      .send({ ...body, deadline: '2026-11-30' })
      .expect(200);
    const list = await get('/campaigns').expect(200);
    expect(
      list.body.items.map((c: { id: string; deadline: string }) => [
        c.id,
        c.deadline,
      ]),
    ).toEqual([
      ['cyber-week', '2099-12-31'],
      ['black-friday', '2026-11-30'],
    ]);
  });

  it('names its creator only to a caller who may read them', async () => {
    await request(backend.server)
      .post(api('/campaigns'))
      .set('Authorization', mockCredentials.user.header(VERA))
      .send({
        name: 'Spring sale',
        startDate: '2026-03-01',
        deadline: '2026-03-20',
        scope: { owners: ['group:default/payments-team'] },
        requiredChecks: ['runbook'],
      })
      .expect(201);
    const creatorAs = async (header: string) =>
      (await get('/campaigns/spring-sale', header).expect(200)).body.createdBy;

    expect(await creatorAs(USER)).toBeUndefined();
    expect(await creatorAs(mockCredentials.service.header())).toBe(VERA);
    const list = await get('/campaigns').expect(200);
    expect(list.text).not.toContain('vera');
  });
});
