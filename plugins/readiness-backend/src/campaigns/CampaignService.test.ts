import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  catalogEntity,
  createTestDatabases,
  freshPluginDatabase,
  postgresTestsRun,
  rowsReadFrom,
  teamEntity,
} from '@internal/stagecraft-test-utils';
import {
  Campaign,
  DEFAULT_READINESS_RULES_CONFIG,
} from '@stagecraft/plugin-readiness-common';
import { readiness } from '../__testUtils__/results';
import { CampaignStore } from '../database/CampaignStore';
import { ReadinessStore } from '../database/ReadinessStore';
import { CampaignService } from './CampaignService';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const STORED = 3_000;
const now = new Date('2026-11-10T08:00:00Z');

/** Payments owns svc-1 (its runbook passes) and svc-2 (its runbook fails); a platform team owns the rest. */
const ownerOf = (i: number) =>
  i <= 2 ? 'group:default/payments' : 'group:default/platform';
const names = Array.from({ length: STORED }, (_, i) => `svc-${i + 1}`);
const entities = names.map((name, i) =>
  catalogEntity('Component', name, {
    type: 'service',
    lifecycle: 'production',
    owner: ownerOf(i + 1),
  }),
);
const groups = [teamEntity('payments'), teamEntity('platform')];

const campaign: Campaign = {
  id: 'payments-runbooks',
  name: 'Payments runbooks',
  description: '',
  startDate: '2026-11-01',
  deadline: '2026-11-20',
  scope: { owners: ['payments'] },
  requiredChecks: ['runbook'],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
};

async function campaignsOver(databaseId: TestDatabaseId, catalog = entities) {
  const { knex, database } = await freshPluginDatabase(databases, databaseId);
  const results = await ReadinessStore.create({ database });
  await results.saveResults(
    names.map((name, i) =>
      readiness(name, {
        owner: ownerOf(i + 1),
        failing: name === 'svc-2' ? ['runbook'] : [],
      }),
    ),
  );
  const store = await CampaignStore.create({ database });
  await store.addIfAbsent(campaign.id, campaign, now);
  const service = new CampaignService({
    store,
    loadSnapshot: async () => ({ entities: catalog, groups }),
    readResults: refs => results.getResults(refs),
    rules: DEFAULT_READINESS_RULES_CONFIG,
    now: () => now,
  });
  return { service, rowsRead: rowsReadFrom(knex, 'readiness_results') };
}

describe('CampaignService', () => {
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it(`reads only the stored results of the campaign's entities, once a snapshot`, async () => {
      const { service, rowsRead } = await campaignsOver(databaseId);

      const progress = await service.progress(campaign);

      expect(progress.entities.map(e => [e.entityRef, e.status])).toEqual([
        ['component:default/svc-1', 'done'],
        ['component:default/svc-2', 'owes'],
      ]);
      expect(progress.totals).toMatchObject({ entities: 2, done: 1, owing: 1 });
      expect(rowsRead()).toBe(2);
      await service.progress(campaign);
      expect(rowsRead()).toBe(0);
    });

    it(`reads only the entity's own result for its campaigns, and none outside every scope`, async () => {
      const { service, rowsRead } = await campaignsOver(databaseId);

      const of = await service.campaignsOf('component:default/svc-2');

      expect(of.map(p => [p.campaign.id, p.entities[0].status])).toEqual([
        ['payments-runbooks', 'owes'],
      ]);
      expect(rowsRead()).toBe(1);
      expect(await service.campaignsOf('component:default/svc-3')).toEqual([]);
      expect(rowsRead()).toBe(0);
    });

    it('judges an in-scope entity without a stored result as pending', async () => {
      const unevaluated = catalogEntity('Component', 'new-svc', {
        owner: 'group:default/payments',
      });
      const { service } = await campaignsOver(databaseId, [
        ...entities,
        unevaluated,
      ]);

      const progress = await service.progress(campaign);

      expect(progress.entities.map(e => [e.entityRef, e.status])).toEqual([
        ['component:default/new-svc', 'unknown'],
        ['component:default/svc-1', 'done'],
        ['component:default/svc-2', 'owes'],
      ]);
      expect(progress.entities[0].checks[0].status).toBe('pending');
    });
  });
});
