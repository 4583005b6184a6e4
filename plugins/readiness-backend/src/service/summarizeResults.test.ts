import { TestDatabases } from '@backstage/backend-test-utils';
import { ReadinessHistoryReader } from '../database/ReadinessHistoryReader';
import { ReadinessStore } from '../database/ReadinessStore';
import { readiness } from '../__testUtils__/results';
import { summarizeResults, trendOfHistory } from './summarizeResults';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const HISTORY = [
  [
    readiness('a', { failing: ['runbook'], at: '2026-11-20T09:00:00.000Z' }),
    readiness('b', { at: '2026-11-20T09:00:00.000Z' }),
  ],
  [
    readiness('a', {
      failing: ['monitors', 'runbook'],
      at: '2026-11-21T09:00:00.000Z',
    }),
    readiness('b', {
      at: '2026-11-21T09:00:00.000Z',
      owner: 'group:default/team-b',
      system: 'system:default/sys-b',
      domain: undefined,
    }),
    { ...readiness('c'), error: 'Could not evaluate component:default/c' },
  ],
];

/** The in-memory aggregates must agree with the store's SQL ones on the same rows. */
describe('summarizeResults and trendOfHistory', () => {
  it('give what the store gives when every entity is counted', async () => {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    const store = await ReadinessStore.create({ database });
    for (const batch of HISTORY) {
      await store.saveResults(batch);
    }
    const results = await store.listResults();
    for (const groupBy of ['owner', 'system', 'domain'] as const) {
      expect(summarizeResults(results, groupBy)).toEqual(
        await store.summarize(groupBy),
      );
    }

    const now = new Date('2026-11-22T12:00:00.000Z');
    const history = await ReadinessHistoryReader.create({ database });
    for (const filter of [
      { days: 30 },
      { days: 2 },
      { days: 30, owner: 'group:default/team-b' },
      { days: 30, checkId: 'monitors' },
    ]) {
      expect(trendOfHistory(await history.listHistory(filter, now))).toEqual(
        await store.trend(filter, now),
      );
    }
  });
});
