import {
  ResultFilter,
  SummaryGroupBy,
  TrendFilter,
} from '@stagecraft/plugin-readiness-common';
import {
  factsOf,
  summarizeResults,
  trendOfHistory,
} from '../service/summarizeResults';
import { ReadinessStore } from './ReadinessStore';
import { readiness } from '../__testUtils__/results';
import { storeDatabases } from '../__testUtils__/storeDatabases';
import {
  freshPluginDatabase,
  postgresTestsRun,
} from '@internal/stagecraft-test-utils';

jest.setTimeout(60_000);

const { databases, storeOn: createStore } = storeDatabases(options =>
  ReadinessStore.create(options),
);

/** What `/summary` answers over the stored results when every entity is readable. */
async function summarize(
  store: ReadinessStore,
  groupBy: SummaryGroupBy,
  filter: ResultFilter = {},
) {
  return summarizeResults(await store.listResultFacts(filter), groupBy);
}

/** What `/trend` answers over the stored history when every entity is readable. */
async function trend(store: ReadinessStore, filter: TrendFilter, now: Date) {
  return trendOfHistory(await store.listHistory(filter, now));
}

/** a fails the runbook check, b (team-b's) fails runbook and monitors, c passes. */
const resultsAToC = () => [
  readiness('a', { failing: ['runbook'] }),
  readiness('b', {
    failing: ['runbook', 'monitors'],
    owner: 'group:default/team-b',
  }),
  readiness('c'),
];

describe('ReadinessStore', () => {
  // Reported as skipped, with the reason, when PostgreSQL is not configured.
  postgresTestsRun();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    it('stores the current result of each entity and replaces it on re-evaluation', async () => {
      const store = await createStore(databaseId);
      const first = readiness('fn', { failing: ['runbook'] });
      await store.saveResults([first, readiness('other')]);
      expect(await store.getResult('component:default/fn')).toEqual(first);

      const fixed = readiness('fn', { at: '2026-11-22T11:00:00.000Z' });
      await store.saveResults([fixed]);
      expect(await store.getResult('component:default/fn')).toEqual(fixed);
      expect(
        await store.getResult('component:default/missing'),
      ).toBeUndefined();
      expect((await store.listResults()).length).toBe(2);
    });

    it('filters current results and lists the worst first', async () => {
      const store = await createStore(databaseId);
      await store.saveResults([
        ...resultsAToC(),
        readiness('d', {
          failing: ['monitors'],
          system: 'system:default/sys-b',
        }),
      ]);
      const names = (results: { entityRef: string }[]) =>
        results.map(r => r.entityRef.replace('component:default/', ''));
      expect(names(await store.listResults())).toEqual(['b', 'a', 'd', 'c']);
      expect(names(await store.listResults({ failingOnly: true }))).toEqual([
        'b',
        'a',
        'd',
      ]);
      expect(names(await store.listResults({ checkId: 'monitors' }))).toEqual([
        'b',
        'd',
      ]);
      expect(
        names(await store.listResults({ owner: 'group:default/team-b' })),
      ).toEqual(['b']);
      expect(
        names(
          await store.listResults({
            system: 'system:default/sys-a',
            failingOnly: true,
          }),
        ),
      ).toEqual(['b', 'a']);
      // a check id must match whole, not as a prefix
      expect(names(await store.listResults({ checkId: 'run' }))).toEqual([]);
      // and literally: `_` is no wildcard
      expect(names(await store.listResults({ checkId: 'run_ook' }))).toEqual(
        [],
      );
    });

    it('matches a check id exactly, case included, as every engine compares text', async () => {
      const store = await createStore(databaseId);
      await store.saveResults(resultsAToC());
      const now = new Date('2026-11-22T12:00:00.000Z');
      const refs = (results: { entityRef: string }[]) =>
        results.map(r => r.entityRef).sort();

      // check ids are lower-case identifiers (readiness-common), compared like exemptions'
      for (const checkId of ['RUNBOOK', 'Runbook', 'runbook,monitors']) {
        expect(await store.listResults({ checkId })).toEqual([]);
        expect(await store.listResultFacts({ checkId })).toEqual([]);
        expect(await store.listHistory({ days: 30, checkId }, now)).toEqual([]);
      }
      expect(refs(await store.listResultFacts({ checkId: 'runbook' }))).toEqual(
        ['component:default/a', 'component:default/b'],
      );
      expect(
        refs(await store.listHistory({ days: 30, checkId: 'monitors' }, now)),
      ).toEqual(['component:default/b']);
    });

    it('lists the facts of the filtered results without their checks, and reads full results by ref', async () => {
      const store = await createStore(databaseId);
      const errored = {
        ...readiness('e', { system: undefined }),
        type: undefined,
        error: 'Could not evaluate component:default/e',
      };
      const results = [...resultsAToC(), errored];
      await store.saveResults(results);
      const byRef = (facts: { entityRef: string }[]) =>
        [...facts].sort((x, y) => x.entityRef.localeCompare(y.entityRef));

      expect(byRef(await store.listResultFacts())).toEqual(
        byRef(results.map(factsOf)),
      );
      expect(
        byRef(await store.listResultFacts({ checkId: 'runbook' })).map(
          facts => facts.entityRef,
        ),
      ).toEqual(['component:default/a', 'component:default/b']);

      expect(
        await store.getResults([
          'component:default/e',
          'component:default/missing',
          'component:default/a',
        ]),
      ).toEqual([errored, results[0]]);
    });

    it('searches the entity refs for every word, whatever their case, wildcards taken literally', async () => {
      const store = await createStore(databaseId);
      await store.saveResults([
        readiness('Orders-API'),
        readiness('orders_db', { failing: ['runbook'] }),
        readiness('ordersXdb'),
        readiness('payments-api'),
      ]);
      const refsOf = async (filter: ResultFilter) =>
        (await store.listResultFacts(filter))
          .map(facts => facts.entityRef)
          .sort();

      expect(await refsOf({ search: 'ORDERS' })).toEqual([
        'component:default/Orders-API',
        'component:default/ordersXdb',
        'component:default/orders_db',
      ]);
      expect(await refsOf({ search: ' api  orders ' })).toEqual([
        'component:default/Orders-API',
      ]);
      expect(await refsOf({ search: 'orders_' })).toEqual([
        'component:default/orders_db',
      ]);
      expect(await refsOf({ search: '%' })).toEqual([]);
      expect(await refsOf({ search: 'default/pay' })).toEqual([
        'component:default/payments-api',
      ]);
      expect(await refsOf({ search: 'orders', failingOnly: true })).toEqual([
        'component:default/orders_db',
      ]);
      expect(
        (await store.listResults({ search: 'api' })).map(r => r.entityRef),
      ).toHaveLength(2);
    });

    it('summarises by owner, system and domain with failing check counts', async () => {
      const store = await createStore(databaseId);
      await store.saveResults([
        ...resultsAToC(),
        readiness('d', { domain: undefined, system: 'system:default/sys-b' }),
      ]);
      expect(await summarize(store, 'owner')).toEqual([
        {
          key: 'group:default/team-b',
          entities: 1,
          passing: 0,
          failing: 1,
          averageScore: 50,
          failingChecks: { runbook: 1, monitors: 1 },
        },
        {
          key: 'group:default/team-a',
          entities: 3,
          passing: 2,
          failing: 1,
          averageScore: 92,
          failingChecks: { runbook: 1 },
        },
      ]);
      const bySystem = await summarize(store, 'system', { failingOnly: true });
      expect(bySystem.map(row => [row.key, row.entities])).toEqual([
        ['system:default/sys-a', 2],
      ]);
      const byDomain = await summarize(store, 'domain');
      expect(byDomain.map(row => row.key).sort()).toEqual([
        'domain:default/dom',
      ]);
    });

    it('keeps one history row per entity per day and builds a daily trend', async () => {
      const store = await createStore(databaseId);
      await store.saveResults([
        readiness('a', {
          failing: ['runbook'],
          at: '2026-11-20T09:00:00.000Z',
        }),
        readiness('b', { at: '2026-11-20T09:00:00.000Z' }),
      ]);
      // later the same day: a is fixed; the day keeps only the last result
      await store.saveResults([
        readiness('a', { at: '2026-11-20T18:00:00.000Z' }),
      ]);
      await store.saveResults([
        readiness('a', {
          failing: ['monitors', 'runbook'],
          at: '2026-11-21T09:00:00.000Z',
        }),
        readiness('b', {
          at: '2026-11-21T09:00:00.000Z',
          owner: 'group:default/team-b',
        }),
      ]);
      const now = new Date('2026-11-21T12:00:00.000Z');
      expect(await trend(store, { days: 30 }, now)).toEqual([
        { day: '2026-11-20', entities: 2, passing: 2, averageScore: 100 },
        { day: '2026-11-21', entities: 2, passing: 1, averageScore: 75 },
      ]);
      expect(await trend(store, { days: 1 }, now)).toEqual([
        { day: '2026-11-21', entities: 2, passing: 1, averageScore: 75 },
      ]);
      expect(
        await trend(store, { days: 30, owner: 'group:default/team-b' }, now),
      ).toEqual([
        { day: '2026-11-21', entities: 1, passing: 1, averageScore: 100 },
      ]);
      expect(
        (await trend(store, { days: 30, checkId: 'monitors' }, now)).map(
          p => p.day,
        ),
      ).toEqual(['2026-11-21']);

      expect(await store.pruneHistory(1, now)).toBe(2);
      expect((await trend(store, { days: 30 }, now)).map(p => p.day)).toEqual([
        '2026-11-21',
      ]);
    });

    it('removes results of entities not re-evaluated, keeping their history', async () => {
      const store = await createStore(databaseId);
      await store.saveResults([
        readiness('gone', { at: '2026-11-22T08:00:00.000Z' }),
        readiness('kept', { at: '2026-11-22T10:00:00.000Z' }),
      ]);
      const removed = await store.removeResultsEvaluatedBefore(
        new Date('2026-11-22T09:00:00.000Z'),
      );
      expect(removed).toBe(1);
      expect((await store.listResults()).map(r => r.entityRef)).toEqual([
        'component:default/kept',
      ]);
      const now = new Date('2026-11-22T12:00:00.000Z');
      expect((await trend(store, { days: 1 }, now))[0].entities).toBe(2);
    });

    it('never lets an older evaluation overwrite a newer one', async () => {
      const store = await createStore(databaseId);
      const newer = readiness('fn', { at: '2026-11-22T11:00:00.000Z' });
      const older = readiness('fn', {
        at: '2026-11-22T10:00:00.000Z',
        failing: ['runbook'],
      });
      await store.saveResults([newer]);
      await store.saveResults([older]);

      expect(await store.getResult('component:default/fn')).toEqual(newer);
      const now = new Date('2026-11-22T12:00:00.000Z');
      expect(await trend(store, { days: 1 }, now)).toEqual([
        { day: '2026-11-22', entities: 1, passing: 1, averageScore: 100 },
      ]);
    });

    it('saves a run and drops what it did not re-evaluate; an older run saving later changes nothing', async () => {
      const store = await createStore(databaseId);
      const olderStart = new Date('2026-11-22T10:00:00.000Z');
      const newerStart = new Date('2026-11-22T11:00:00.000Z');
      const olderRun = await store.startRun(olderStart);
      const newerRun = await store.startRun(newerStart);
      await store.saveResults([
        readiness('gone', { at: '2026-11-22T09:00:00.000Z' }),
        readiness('on-demand', { at: '2026-11-22T11:30:00.000Z' }),
      ]);

      const newerResults = [
        readiness('a', { at: newerStart.toISOString() }),
        readiness('b', { at: newerStart.toISOString() }),
      ];
      expect(
        await store.saveRun(
          { id: newerRun, startedAt: newerStart },
          newerResults,
        ),
      ).toBe(true);
      const saved = await store.listResults();
      expect(saved.map(r => r.entityRef).sort()).toEqual([
        'component:default/a',
        'component:default/b',
        'component:default/on-demand',
      ]);

      expect(
        await store.saveRun({ id: olderRun, startedAt: olderStart }, [
          readiness('a', { at: olderStart.toISOString(), failing: ['owner'] }),
          readiness('removed-since', { at: olderStart.toISOString() }),
        ]),
      ).toBe(false);
      expect(await store.listResults()).toEqual(saved);
    });

    it('keeps the results a run stages out of sight until it saves; a superseded run, and runs that died before, leave nothing staged', async () => {
      const { knex, database } = await freshPluginDatabase(
        databases,
        databaseId,
      );
      const store = await ReadinessStore.create({ database });
      const staged = async () =>
        Number((await knex('readiness_run_results').count({ n: '*' }))[0].n);
      const firstStart = new Date('2026-11-21T10:00:00.000Z');
      const first = await store.startRun(firstStart);
      expect(
        await store.saveRun({ id: first, startedAt: firstStart }, [
          readiness('a', { at: firstStart.toISOString() }),
          readiness('b', { at: firstStart.toISOString() }),
        ]),
      ).toBe(true);
      const saved = await store.listResults();
      const savedHistory = await store.listHistory(
        { days: 7 },
        new Date('2026-11-22T12:00:00.000Z'),
      );

      const diedStart = new Date('2026-11-22T09:00:00.000Z');
      const died = await store.startRun(diedStart);
      await store.stageResults(died, [
        readiness('a', { at: diedStart.toISOString(), failing: ['owner'] }),
      ]);
      const olderStart = new Date('2026-11-22T10:00:00.000Z');
      const newerStart = new Date('2026-11-22T11:00:00.000Z');
      const older = await store.startRun(olderStart);
      const newer = await store.startRun(newerStart);
      await store.stageResults(older, [
        readiness('a', { at: olderStart.toISOString(), failing: ['runbook'] }),
        readiness('c', { at: olderStart.toISOString() }),
      ]);
      await store.stageResults(newer, [
        readiness('b', { at: newerStart.toISOString(), failing: ['monitors'] }),
      ]);
      expect(await store.listResults()).toEqual(saved);
      expect(await store.getResult('component:default/c')).toBeUndefined();
      expect(
        await store.listHistory(
          { days: 7 },
          new Date('2026-11-22T12:00:00.000Z'),
        ),
      ).toEqual(savedHistory);
      expect(await staged()).toBe(4);

      expect(
        await store.saveRun({ id: newer, startedAt: newerStart }, [
          readiness('d', { at: newerStart.toISOString() }),
        ]),
      ).toBe(true);
      expect((await store.listResults()).map(r => r.entityRef)).toEqual([
        'component:default/b',
        'component:default/d',
      ]);
      expect(
        (await store.getResult('component:default/b'))!.checks.find(
          c => c.checkId === 'monitors',
        )!.status,
      ).toBe('fail');
      expect(
        await store.listHistory(
          { days: 1 },
          new Date('2026-11-22T12:00:00.000Z'),
        ),
      ).toEqual([
        {
          entityRef: 'component:default/b',
          day: '2026-11-22',
          status: 'fail',
          score: expect.any(Number),
          failingChecks: ['monitors'],
          countedChecks: 4,
        },
        {
          entityRef: 'component:default/d',
          day: '2026-11-22',
          status: 'pass',
          score: 100,
          failingChecks: [],
          countedChecks: 4,
        },
      ]);
      // The run that died and the older run still going: their rows are of no use now.
      expect(await staged()).toBe(0);

      const after = await store.listResults();
      await store.stageResults(older, [
        readiness('e', { at: olderStart.toISOString() }),
      ]);
      expect(
        await store.saveRun({ id: older, startedAt: olderStart }, []),
      ).toBe(false);
      expect(await store.listResults()).toEqual(after);
      expect(await staged()).toBe(0);

      const failed = await store.startRun(new Date('2026-11-22T12:00:00.000Z'));
      await store.stageResults(failed, [readiness('f')]);
      await store.dropStagedResults(failed);
      expect(await staged()).toBe(0);
    });

    it('stores every result of a run larger than a batch, each as its own JSON text', async () => {
      const { knex, database } = await freshPluginDatabase(
        databases,
        databaseId,
      );
      const store = await ReadinessStore.create({ database });
      const results = Array.from({ length: 2_100 }, (_, i) =>
        readiness(`fn-${i}`, { failing: i % 3 === 0 ? ['runbook'] : [] }),
      );
      const odd = {
        ...results[1_500],
        title: 'Quotes " and \\ a backslash,\na new line, é and 🚀',
      };
      results[1_500] = odd;
      const startedAt = new Date(odd.evaluatedAt);
      const run = await store.startRun(startedAt);

      expect(await store.saveRun({ id: run, startedAt }, results)).toBe(true);
      expect(await store.getResult(odd.entityRef)).toEqual(odd);
      const stored = await knex('readiness_results')
        .where({ entity_ref: odd.entityRef })
        .first('result');
      expect(stored.result).toBe(JSON.stringify(odd));
      expect(await store.listResults()).toHaveLength(2_100);
      expect(await store.listResults({ checkId: 'runbook' })).toHaveLength(700);
      const now = new Date('2026-11-22T12:00:00.000Z');
      expect(await trend(store, { days: 1 }, now)).toEqual([
        {
          day: '2026-11-22',
          entities: 2_100,
          passing: 1_400,
          averageScore: expect.any(Number),
        },
      ]);
    });

    it('logs runs', async () => {
      const store = await createStore(databaseId);
      const id = await store.startRun(new Date('2026-11-22T10:00:00.000Z'));
      await store.finishRun(
        id,
        { entities: 40, errors: 1 },
        new Date('2026-11-22T10:00:05.000Z'),
      );
      const failed = await store.startRun(new Date('2026-11-22T11:00:00.000Z'));
      await store.finishRun(failed, { failure: 'catalog unavailable' });
      const runs = await store.listRuns();
      expect(runs[1]).toEqual({
        id,
        startedAt: '2026-11-22T10:00:00.000Z',
        finishedAt: '2026-11-22T10:00:05.000Z',
        entities: 40,
        errors: 1,
      });
      expect(runs[0]).toMatchObject({
        id: failed,
        failure: 'catalog unavailable',
      });
    });
  });
});
