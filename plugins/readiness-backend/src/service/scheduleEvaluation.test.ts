import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { readinessPlugin } from '../plugin';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import {
  createTestDatabases,
  POSTGRES_ID,
  postgresAvailable,
} from '../__testUtils__/testDatabases';
import { EVALUATE_ALL_TASK_ID } from './scheduleEvaluation';

jest.setTimeout(120_000);

const entities = loadExampleCatalog();

describe('scheduled evaluation', () => {
  it('schedules the whole-catalog evaluation with the configured schedule and global scope', async () => {
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      features: [
        readinessPlugin,
        scheduler.factory,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            stagecraft: {
              readiness: {
                schedule: {
                  frequency: { minutes: 15 },
                  timeout: { minutes: 5 },
                },
              },
            },
          },
        }),
      ],
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledTimes(1);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: EVALUATE_ALL_TASK_ID,
      scope: 'global',
      frequency: { minutes: 15 },
      timeout: { minutes: 5 },
      fn: expect.any(Function),
    });
  });

  it('defaults to every 30 minutes after a 30 second start-up delay', async () => {
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      features: [
        readinessPlugin,
        scheduler.factory,
        catalogServiceMock.factory({ entities }),
      ],
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        frequency: { minutes: 30 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 30 },
      }),
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
        mockServices.rootConfig.factory({
          data: {
            stagecraft: {
              readiness: {
                schedule: {
                  frequency: { hours: 1 },
                  timeout: { minutes: 5 },
                  scope,
                },
              },
            },
          },
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
