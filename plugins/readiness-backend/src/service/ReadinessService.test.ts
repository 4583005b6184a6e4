import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { buildReadinessCatalogView } from '@stagecraft/plugin-readiness-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SignalPayload, SignalsService } from '@backstage/plugin-signals-node';
import { readReadinessBackendConfig } from '../config';
import { ReadinessStore } from '../database/ReadinessStore';
import { CheckVerifier } from '../verifiers/types';
import { ReadinessCatalogReader } from './ReadinessCatalogReader';
import { ReadinessService } from './ReadinessService';
import { RunSignalPublisher } from './RunSignalPublisher';
import { trendOfHistory } from './summarizeResults';
import { loadExampleCatalog } from '@internal/stagecraft-test-utils';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const example = loadExampleCatalog();
const logger = mockServices.logger.mock();

async function createService(
  entities: Entity[],
  verifiers: CheckVerifier[] = [],
  now = () => new Date('2026-11-22T10:00:00Z'),
  sliceSize?: number,
  signals?: SignalsService,
) {
  const knex = await databases.init('SQLITE_3');
  const store = await ReadinessStore.create({
    database: { getClient: async () => knex },
  });
  const catalog = catalogServiceMock({ entities });
  const publisher = signals && new RunSignalPublisher({ signals, logger });
  const service = new ReadinessService({
    store,
    reader: new ReadinessCatalogReader(catalog, mockServices.auth()),
    verifiers,
    settings: readReadinessBackendConfig(new ConfigReader({})),
    logger,
    now,
    sliceSize,
    announceRunFinished: publisher && (run => publisher.runFinished(run)),
  });
  return { service, store, catalog, knex };
}

/** The signals boundary: what would go out to the browsers. */
class RecordingSignals implements SignalsService {
  readonly sent: SignalPayload[] = [];
  async publish(signal: SignalPayload) {
    this.sent.push(signal);
  }
}

describe('ReadinessService', () => {
  it('evaluates the whole example catalog and logs the run', async () => {
    const { service, store } = await createService(example);
    const summary = await service.evaluateAll();
    expect(summary).toMatchObject({ entities: 49, errors: 0 });
    const runs = await store.listRuns();
    expect(runs).toEqual([
      expect.objectContaining({ entities: 49, errors: 0 }),
    ]);
    const replayer = await service.getResult(
      'component:default/event-replayer',
    );
    expect(replayer?.status).toBe('fail');
  });

  it('records an entity that cannot be evaluated and evaluates the rest', async () => {
    const broken = example.find(e => e.metadata.name === 'event-processor')!;
    const poisoned: Entity = JSON.parse(JSON.stringify(broken));
    Object.defineProperty(poisoned.metadata, 'links', {
      get() {
        throw new Error('unreadable links');
      },
    });
    const others = example.filter(e => e !== broken);
    const { service } = await createService([]);
    // the catalog mock copies entities, so hand the poisoned one straight to the evaluation
    const all = [poisoned, ...others];
    const results = await service.evaluateEntities(
      all,
      buildReadinessCatalogView(all),
      new Date(),
    );
    const failed = results.filter(r => r.status === 'error');
    expect(failed).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/event-processor',
        error:
          'Could not evaluate component:default/event-processor: unreadable links',
      }),
    ]);
    expect(results.length).toBe(49);
  });

  it('records a verification that throws as an error on that check only', async () => {
    const exploding: CheckVerifier = {
      checkId: 'runbook',
      startRun: async () => async (entity, result) => {
        if (entity.metadata.name === 'email-sender')
          throw new Error('socket hang up');
        return result;
      },
    };
    const { service } = await createService(example, [exploding]);
    await service.evaluateAll();
    const email = (await service.getResult('component:default/email-sender'))!;
    expect(email.status).toBe('error');
    expect(email.checks.find(c => c.checkId === 'runbook')).toMatchObject({
      status: 'error',
      reason: 'Verification failed: socket hang up',
    });
    expect(
      (await service.getResult('component:default/sms-sender'))!.status,
    ).toBe('pass');
  });

  it('forgets entities that left the catalog but keeps their history', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const { service, store, catalog } = await createService(
      example,
      [],
      () => now,
    );
    await service.evaluateAll();
    const remaining = example.filter(e => e.metadata.name !== 'event-replayer');
    jest
      .spyOn(catalog, 'streamEntities')
      .mockImplementation(async function* stream() {
        yield remaining;
      });
    now = new Date('2026-11-22T10:00:00Z');
    await service.evaluateAll();
    expect(
      await service.getResult('component:default/event-replayer'),
    ).toBeUndefined();
    const trend = trendOfHistory(await store.listHistory({ days: 7 }, now));
    expect(trend.map(p => [p.day, p.entities])).toEqual([
      ['2026-11-21', 49],
      ['2026-11-22', 48],
    ]);
  });

  it('records a run that failed because the catalog could not be read', async () => {
    const { service, store, catalog } = await createService(example);
    jest.spyOn(catalog, 'streamEntities').mockImplementation(() => {
      throw new Error('catalog unavailable');
    });
    await expect(service.evaluateAll()).rejects.toThrow('catalog unavailable');
    expect((await store.listRuns())[0]).toMatchObject({
      failure: 'catalog unavailable',
    });
  });

  it('stages a run slice by slice: aborted after some slices, it leaves the last saved results exactly and nothing staged', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const run = new AbortController();
    let abortAt = Infinity;
    let verified = 0;
    const abortMidway: CheckVerifier = {
      checkId: 'owner',
      startRun: async () => async (_entity, result) => {
        if (++verified === abortAt) run.abort(new Error('task timed out'));
        return result;
      },
    };
    const { service, store, knex } = await createService(
      example,
      [abortMidway],
      () => now,
      5,
    );
    await service.evaluateAll();
    const saved = await store.listResults();
    const savedHistory = await store.listHistory({ days: 7 }, now);
    expect(saved).toHaveLength(49);

    now = new Date('2026-11-22T10:00:00Z');
    verified = 0;
    abortAt = 23;
    const stage = jest.spyOn(store, 'stageResults');
    await expect(service.evaluateAll(run.signal)).rejects.toThrow(
      'task timed out',
    );
    expect(stage.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(await store.listResults()).toEqual(saved);
    expect(await store.listHistory({ days: 7 }, now)).toEqual(savedHistory);
    const [{ n }] = await knex('readiness_run_results').count({ n: '*' });
    expect(Number(n)).toBe(0);
    expect((await store.listRuns())[0]).toMatchObject({
      failure: 'Aborted before saving: task timed out',
    });
  });

  it('tells every open page when a whole-catalog run finished, saved or failed', async () => {
    const signals = new RecordingSignals();
    const { service, store, catalog } = await createService(
      example,
      [],
      undefined,
      undefined,
      signals,
    );
    const { runId } = await service.evaluateAll();
    jest.spyOn(catalog, 'streamEntities').mockImplementation(() => {
      throw new Error('catalog unavailable');
    });
    await expect(service.evaluateAll()).rejects.toThrow('catalog unavailable');

    const [failed, saved] = await store.listRuns();
    expect(signals.sent).toEqual([
      {
        recipients: { type: 'broadcast' },
        channel: 'readiness:runs',
        message: {
          runId,
          status: 'succeeded',
          finishedAt: saved.finishedAt,
        },
      },
      {
        recipients: { type: 'broadcast' },
        channel: 'readiness:runs',
        message: {
          runId: failed.id,
          status: 'failed',
          finishedAt: failed.finishedAt,
        },
      },
    ]);
    expect(saved.finishedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('logs a run signal that cannot be published, and the run stands', async () => {
    const signals: SignalsService = {
      publish: async () => {
        throw new Error('events bus down');
      },
    };
    const { service, store } = await createService(
      example,
      [],
      undefined,
      undefined,
      signals,
    );
    const { runId } = await service.evaluateAll();
    expect((await store.listRuns())[0]).toMatchObject({
      id: runId,
      entities: 49,
      errors: 0,
    });
    expect(await store.listResults()).toHaveLength(49);
    expect(logger.warn).toHaveBeenCalledWith(
      `Readiness: could not announce that run ${runId} finished (pages show it on their next load): events bus down`,
    );
  });
});
