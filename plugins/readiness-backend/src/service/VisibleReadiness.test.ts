import { TestDatabases } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { ReadinessStore } from '../database/ReadinessStore';
import { readiness } from '../__testUtils__/results';
import {
  dana as user,
  teamAService,
  visibleReadinessOn,
} from '../__testUtils__/visibleReadiness';
import { RUN_FAILURE_MESSAGE } from './VisibleReadiness';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const now = new Date('2026-11-22T12:00:00.000Z');
const component = (name: string) => teamAService(name, 'experimental');

/** `secret-service` is evaluated and stored, but the caller may not read it. */
async function createVisibleReadiness() {
  const knex = await databases.init('SQLITE_3');
  const database = { getClient: async () => knex };
  const store = await ReadinessStore.create({ database });
  await store.saveResults([
    readiness('shop', { failing: ['runbook'], at: '2026-11-21T10:00:00.000Z' }),
    readiness('secret-service', {
      failing: ['monitors'],
      at: '2026-11-21T10:00:00.000Z',
    }),
  ]);
  await store.saveResults([
    readiness('shop', { failing: ['runbook'] }),
    readiness('cart', { owner: 'group:default/team-b' }),
    readiness('secret-service', {
      failing: ['monitors', 'escalation-policy'],
    }),
  ]);
  const names = ['shop', 'cart', 'secret-service', 'unevaluated'];
  const { visible, exemptionStore } = await visibleReadinessOn({
    database,
    store,
    evaluated: names.map(component),
    // The catalog as the caller sees it: the policy hides secret-service.
    readable: names.filter(name => name !== 'secret-service').map(component),
    now,
  });
  return { visible, store, exemptionStore };
}

describe('VisibleReadiness', () => {
  it('lists, summarises, trends and exports only readable entities', async () => {
    const { visible } = await createVisibleReadiness();

    const results = await visible.listResults({}, user);
    expect(results.map(r => r.entityRef)).toEqual([
      'component:default/shop',
      'component:default/cart',
    ]);

    expect(await visible.summarize('owner', {}, user)).toEqual([
      {
        key: 'group:default/team-a',
        entities: 1,
        passing: 0,
        failing: 1,
        averageScore: 75,
        failingChecks: { runbook: 1 },
      },
      {
        key: 'group:default/team-b',
        entities: 1,
        passing: 1,
        failing: 0,
        averageScore: 100,
        failingChecks: {},
      },
    ]);

    expect(await visible.trend({ days: 30 }, user)).toEqual([
      { day: '2026-11-21', entities: 1, passing: 0, averageScore: 75 },
      { day: '2026-11-22', entities: 2, passing: 1, averageScore: 87.5 },
    ]);

    const csv = await visible.exportCsv({}, user);
    expect(csv).toContain('component:default/shop');
    expect(csv).not.toContain('secret-service');
  });

  it('answers an unreadable entity as missing and a readable one as usual', async () => {
    const { visible, store } = await createVisibleReadiness();
    const before = await store.getResult('component:default/secret-service');

    await expect(
      visible.getResult('component:default/secret-service', user),
    ).rejects.toThrow(
      new NotFoundError(
        'No entity component:default/secret-service in the catalog',
      ),
    );
    await expect(
      visible.evaluateEntity('component:default/secret-service', user),
    ).rejects.toThrow(NotFoundError);
    expect(await store.getResult('component:default/secret-service')).toEqual(
      before,
    );

    expect(
      (await visible.getResult('component:default/shop', user))?.status,
    ).toBe('fail');
    expect(
      await visible.getResult('component:default/unevaluated', user),
    ).toBeUndefined();
  });

  it('serves a check an approved exemption lets off as exempt: in results, filters, summary and CSV', async () => {
    const { visible, exemptionStore } = await createVisibleReadiness();
    const { id } = await exemptionStore.request(
      {
        entityRef: 'component:default/shop',
        checkId: 'runbook',
        reason: 'Moving the runbook to TechDocs',
        expiresAt: '2026-12-01T00:00:00.000Z',
      },
      { actor: 'user:default/dana', now },
    );
    // Requested only: nothing changes yet.
    expect(
      (await visible.getResult('component:default/shop', user))?.status,
    ).toBe('fail');
    await exemptionStore.transition(id, ['requested'], 'approved', {
      actor: 'user:default/lead',
      now,
    });

    const shop = (await visible.getResult('component:default/shop', user))!;
    expect(shop).toMatchObject({ status: 'pass', score: 100, exempted: 1 });
    expect(shop.checks.find(c => c.checkId === 'runbook')).toMatchObject({
      status: 'exempt',
      exemption: {
        id,
        approvedBy: 'user:default/lead',
        originalStatus: 'fail',
      },
    });
    expect(await visible.listResults({ failingOnly: true }, user)).toEqual([]);
    expect(await visible.listResults({ checkId: 'runbook' }, user)).toEqual([]);
    expect(await visible.summarize('owner', {}, user)).toContainEqual({
      key: 'group:default/team-a',
      entities: 1,
      passing: 1,
      failing: 0,
      exempted: 1,
      averageScore: 100,
      failingChecks: {},
    });
    expect(await visible.exportCsv({}, user)).toContain(
      `runbook: until 2026-12-01, approved by user:default/lead: Moving the runbook to TechDocs`,
    );
  });

  it('replaces the text of a failed run, which may quote entity data', async () => {
    const { visible, store } = await createVisibleReadiness();
    const run = await store.startRun(now);
    await store.finishRun(run, {
      failure:
        'insert into readiness_results ... component:default/secret-service',
    });
    const [listed] = await visible.listRuns();
    expect(listed.failure).toBe(RUN_FAILURE_MESSAGE);
    expect(JSON.stringify(await visible.listRuns())).not.toContain('secret');
  });
});
