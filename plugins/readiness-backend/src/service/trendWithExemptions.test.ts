import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  freshPluginDatabase,
  postgresTestsRun,
} from '@internal/stagecraft-test-utils';
import { ExemptionStore } from '../database/ExemptionStore';
import { ReadinessStore } from '../database/ReadinessStore';
import { readiness } from '../__testUtils__/results';
import {
  dana as user,
  teamAService,
  visibleReadinessOn,
} from '../__testUtils__/visibleReadiness';
import { VisibleReadiness } from './VisibleReadiness';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const NAMES = ['shop', 'cart', 'pay', 'tax'];
const now = new Date('2026-11-22T12:00:00.000Z');

/**
 * Three days of history (20 to 22 November, evaluated at 10:00 each day): cart passes,
 * shop fails runbook, pay fails monitors, tax fails owner and runbook.
 */
async function threeDays(databaseId: TestDatabaseId) {
  const { database } = await freshPluginDatabase(databases, databaseId);
  const store = await ReadinessStore.create({ database });
  for (const day of ['2026-11-20', '2026-11-21', '2026-11-22']) {
    const at = `${day}T10:00:00.000Z`;
    await store.saveResults([
      readiness('cart', { at }),
      readiness('shop', { failing: ['runbook'], at }),
      readiness('pay', { failing: ['monitors'], at }),
      readiness('tax', { failing: ['owner', 'runbook'], at }),
    ]);
  }
  const entities = NAMES.map(name => teamAService(name));
  return visibleReadinessOn({
    database,
    store,
    evaluated: entities,
    readable: entities,
    now,
  });
}

/** Requested and approved at `approvedAt`: its id. */
async function approve(
  exemptions: ExemptionStore,
  name: string,
  checkId: string,
  approvedAt: string,
  expiresAt: string,
) {
  const at = new Date(approvedAt);
  const { id } = await exemptions.request(
    {
      entityRef: `component:default/${name}`,
      checkId,
      reason: 'Planned for next sprint',
      expiresAt,
    },
    { actor: 'user:default/dana', now: at },
  );
  await exemptions.transition(id, ['requested'], 'approved', {
    actor: 'user:default/lead',
    now: at,
  });
  return id;
}

/** Approved on the 21st after that day's evaluation; in force until after today. */
const approveShopRunbookOn21st = (exemptions: ExemptionStore) =>
  approve(
    exemptions,
    'shop',
    'runbook',
    '2026-11-21T14:00:00.000Z',
    '2026-12-01T00:00:00.000Z',
  );

/** What the results table shows today, counted the way the trend counts a day. */
async function tableToday(visible: VisibleReadiness) {
  const results = await visible.listResults({}, user);
  const totalScore = results.reduce((sum, result) => sum + result.score, 0);
  return {
    day: '2026-11-22',
    entities: results.length,
    passing: results.filter(result => result.status === 'pass').length,
    averageScore: Math.round((totalScore / results.length) * 10) / 10,
  };
}

describe('the trend and approved exemptions', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it("counts today as the table counts it, and each day with the exemptions in force at that day's end", async () => {
      const { visible, exemptionStore } = await threeDays(databaseId);
      await approveShopRunbookOn21st(exemptionStore);
      // Approved on the 20th, withdrawn on the morning of the 21st.
      const withdrawn = await approve(
        exemptionStore,
        'pay',
        'monitors',
        '2026-11-20T09:00:00.000Z',
        '2026-12-01T00:00:00.000Z',
      );
      await exemptionStore.transition(
        withdrawn,
        ['requested', 'approved'],
        'withdrawn',
        { actor: 'user:default/dana', now: new Date('2026-11-21T08:00:00Z') },
      );
      // Lets off one of tax's two failures, from the 20th until it expires on the 21st.
      await approve(
        exemptionStore,
        'tax',
        'runbook',
        '2026-11-20T11:00:00.000Z',
        '2026-11-21T18:00:00.000Z',
      );
      await exemptionStore.expireLapsed(now);

      const trend = await visible.trend({ days: 30 }, user);
      expect(trend[trend.length - 1]).toEqual(await tableToday(visible));
      expect(trend).toEqual([
        // cart and pay pass (pay's monitors let off); tax scores 75 with runbook let off.
        { day: '2026-11-20', entities: 4, passing: 2, averageScore: 87.5 },
        // cart and shop pass; pay's exemption was withdrawn, tax's expired.
        { day: '2026-11-21', entities: 4, passing: 2, averageScore: 81.3 },
        { day: '2026-11-22', entities: 4, passing: 2, averageScore: 81.3 },
      ]);
    });

    it("leaves an entity out of a check's trend on the days an exemption let that check off", async () => {
      const { visible, exemptionStore } = await threeDays(databaseId);
      await approveShopRunbookOn21st(exemptionStore);
      expect(
        await visible.trend({ days: 30, checkId: 'runbook' }, user),
      ).toEqual([
        { day: '2026-11-20', entities: 2, passing: 0, averageScore: 62.5 },
        { day: '2026-11-21', entities: 1, passing: 0, averageScore: 50 },
        { day: '2026-11-22', entities: 1, passing: 0, averageScore: 50 },
      ]);
      expect(
        (await visible.listResults({ checkId: 'runbook' }, user)).length,
      ).toBe(1);
    });
  });
});
