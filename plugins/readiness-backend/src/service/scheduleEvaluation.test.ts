import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  BackendFeature,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { readReadinessBackendConfig } from '../config';
import { ReadinessStore } from '../database/ReadinessStore';
import { readinessPlugin } from '../plugin';
import { CheckVerifier } from '../verifiers/types';
import { readiness } from '../__testUtils__/results';
import {
  createTestDatabases,
  loadExampleCatalog,
  POSTGRES_ID,
  postgresAvailable,
} from '@internal/stagecraft-test-utils';
import { ReadinessCatalogReader } from './ReadinessCatalogReader';
import { ReadinessService } from './ReadinessService';
import { EVALUATE_ALL_TASK_ID } from './scheduleEvaluation';

jest.setTimeout(120_000);

const entities = loadExampleCatalog();

/** App config setting only `stagecraft.readiness.schedule`. */
const withSchedule = (schedule: JsonObject) =>
  mockServices.rootConfig.factory({
    data: { stagecraft: { readiness: { schedule } } },
  });

/** Starts the plugin over the example catalog with a mock scheduler, and returns it. */
async function startWithMockScheduler(...features: BackendFeature[]) {
  const scheduler = mockServices.scheduler.mock();
  await startTestBackend({
    features: [
      readinessPlugin,
      scheduler.factory,
      catalogServiceMock.factory({ entities }),
      ...features,
    ],
  });
  return scheduler;
}

describe('scheduled evaluation', () => {
  it('schedules the whole-catalog evaluation with the configured schedule and global scope', async () => {
    const scheduler = await startWithMockScheduler(
      withSchedule({ frequency: { minutes: 15 }, timeout: { minutes: 5 } }),
    );
    // Once; the campaigns task is scheduled beside it.
    expect(
      scheduler.scheduleTask.mock.calls.filter(
        ([task]) => task.id === EVALUATE_ALL_TASK_ID,
      ),
    ).toHaveLength(1);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: EVALUATE_ALL_TASK_ID,
      scope: 'global',
      frequency: { minutes: 15 },
      timeout: { minutes: 5 },
      fn: expect.any(Function),
    });
  });

  it('defaults to every 30 minutes after a 30 second start-up delay', async () => {
    const scheduler = await startWithMockScheduler();
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        frequency: { minutes: 30 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 30 },
      }),
    );
  });
});

describe('an abandoned run', () => {
  const sqlite = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('hands the scheduler abort signal to the run', async () => {
    const scheduler = await startWithMockScheduler();
    const [task] = scheduler.scheduleTask.mock.calls[0] as [
      SchedulerServiceTaskInvocationDefinition,
    ];
    const aborted = new AbortController();
    aborted.abort(new Error('task timed out'));
    await expect(task.fn(aborted.signal)).rejects.toThrow('task timed out');
  });

  it('stops between entities and neither saves nor deletes anything', async () => {
    const knex = await sqlite.init('SQLITE_3');
    const store = await ReadinessStore.create({
      database: { getClient: async () => knex },
    });
    const earlier = readiness('gone-from-catalog', {
      at: '2026-11-21T10:00:00.000Z',
    });
    await store.saveResults([earlier]);

    const run = new AbortController();
    const verified: string[] = [];
    const abortOnFirstEntity: CheckVerifier = {
      checkId: 'owner',
      startRun: async () => async (entity, result) => {
        verified.push(entity.metadata.name);
        run.abort(new Error('task timed out'));
        return result;
      },
    };
    const service = new ReadinessService({
      store,
      reader: new ReadinessCatalogReader(
        catalogServiceMock({ entities }),
        mockServices.auth(),
      ),
      verifiers: [abortOnFirstEntity],
      settings: {
        ...readReadinessBackendConfig(new ConfigReader({})),
        concurrency: 1,
      },
      logger: mockServices.logger.mock(),
      now: () => new Date('2026-11-22T10:00:00.000Z'),
    });

    await expect(service.evaluateAll(run.signal)).rejects.toThrow(
      'task timed out',
    );
    expect(verified).toHaveLength(1);
    expect(await store.listResults()).toEqual([earlier]);
    expect((await store.listRuns())[0].failure).toBe(
      'Aborted before saving: task timed out',
    );
  });
});

describe('two backends sharing one PostgreSQL database', () => {
  if (!postgresAvailable) {
    // Reported as skipped, with the reason, when PostgreSQL is not configured.
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip('PostgreSQL 15 skipped: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432 to run it', () => {});
  }
  if (!postgresAvailable) {
    return;
  }

  const databases = createTestDatabases();
  const backends: TestBackend[] = [];
  afterEach(async () => {
    await Promise.all(backends.splice(0).map(backend => backend.stop()));
  });

  /** A backend with the real scheduler, on the shared database. */
  function startReplica(knex: Knex, scope: 'global' | 'local') {
    return startTestBackend({
      features: [
        readinessPlugin,
        schedulerServiceFactory,
        mockServices.database.factory({ knex }),
        catalogServiceMock.factory({ entities }),
        withSchedule({
          frequency: { hours: 1 },
          timeout: { minutes: 5 },
          scope,
        }),
      ],
    }).then(backend => {
      backends.push(backend);
      return backend;
    });
  }

  async function finishedRuns(knex: Knex): Promise<number> {
    const rows = await knex('readiness_runs').whereNotNull('finished_at');
    return rows.length;
  }

  async function runsAfterSettling(knex: Knex): Promise<number> {
    for (let i = 0; i < 60 && (await finishedRuns(knex)) === 0; i++) {
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    // Give the second replica ample time (more than its 5 s work-check period) to run it again.
    await new Promise(resolve => setTimeout(resolve, 8_000));
    return finishedRuns(knex);
  }

  it('runs a scheduled evaluation once, not once per replica', async () => {
    const knex = await databases.init(POSTGRES_ID);
    await startReplica(knex, 'global');
    await startReplica(knex, 'global');
    expect(await runsAfterSettling(knex)).toBe(1);
    const [{ count }] = await knex('readiness_results').count({ count: '*' });
    expect(Number(count)).toBeGreaterThan(40);
  });

  it('would run it twice without the global lock (the test can tell the difference)', async () => {
    const knex = await databases.init(POSTGRES_ID);
    await startReplica(knex, 'local');
    await startReplica(knex, 'local');
    expect(await runsAfterSettling(knex)).toBe(2);
  });
});
