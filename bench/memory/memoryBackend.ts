import fs from 'fs';
import os from 'os';
import path from 'path';
import { Entity } from '@backstage/catalog-model';
import knexFactory from 'knex';
import {
  dropDatabases,
  REPLICA_POSTGRES_URL,
} from '../../packages/backend/src/__testUtils__/replicaDatabases';
import {
  runProcessConfig,
  spawnProductionProcess,
} from '../../packages/backend/src/__testUtils__/replicaDeployment';
import { FakeAws } from '../../packages/backend/src/__testUtils__/replicaFakeAws';
import {
  freePort,
  ReplicaProcess,
} from '../../packages/backend/src/__testUtils__/replicaProcesses';
import { deleteRedisKeys } from '../../packages/backend/src/__testUtils__/replicaRedis';
import { DeploymentCleanup } from '../shared/deploymentBench';
import { SeededCatalog, seedCatalog } from './seedCatalog';

const HEAP_REPORT_PRELOAD = path.join(__dirname, 'heapReportPreload.cjs');

/** A campaign over every team's entities, so its progress covers the whole catalog. */
export const BENCH_CAMPAIGN = 'memory-bench';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * One real backend process (`packages/backend/src/index.ts`, every plugin, started as the
 * replicas test starts its replicas) deployed as `app-config.production.yaml` deploys it, on
 * a fresh set of PostgreSQL databases whose catalog is seeded with `entities`, a fresh Redis
 * namespace and a fake CloudWatch on loopback. Always `stop()` it.
 */
export class MemoryBackend {
  process?: ReplicaProcess;
  seeded?: SeededCatalog;
  private stopped = false;

  private constructor(
    readonly runId: string,
    readonly workDir: string,
    readonly fakeAws: FakeAws,
  ) {}

  get databasePrefix(): string {
    return `${this.runId}_`;
  }

  /** The token the bench's requests carry (`backend.auth.externalAccess`). */
  get token(): string {
    return `${this.runId}-static-access-token`;
  }

  /** Where the process writes `heapReportPreload.cjs`'s report on SIGUSR2. */
  get heapReportFile(): string {
    return path.join(this.workDir, 'heap-report.json');
  }

  static async create(): Promise<MemoryBackend> {
    const runId = `stagecraft_memory_${process.pid}_${Date.now()}`;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${runId}-`));
    return new MemoryBackend(runId, workDir, await FakeAws.start());
  }

  /** Writes `entities` into the catalog's database of this run, before the backend starts. */
  async seed(entities: Entity[]): Promise<SeededCatalog> {
    const url = new URL(REPLICA_POSTGRES_URL);
    const admin = url.toString();
    url.pathname = `/${this.databasePrefix}catalog`;
    const knex = knexFactory({ client: 'pg', connection: admin });
    try {
      await knex.raw(`CREATE DATABASE "${this.databasePrefix}catalog"`);
    } finally {
      await knex.destroy();
    }
    this.seeded = await seedCatalog(url.toString(), entities);
    return this.seeded;
  }

  /** Starts the backend; answers once it says it is ready. */
  async start(
    teams: string[],
    startTimeoutMs = 600_000,
  ): Promise<ReplicaProcess> {
    const port = await freePort();
    this.process = spawnProductionProcess({
      name: 'memory',
      port,
      token: this.token,
      fakeAwsUrl: this.fakeAws.url,
      ownConfig: this.config(port, teams),
      ownConfigFile: path.join(this.workDir, 'memory-bench.json'),
      env: {
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        NODE_OPTIONS: `${
          process.env.NODE_OPTIONS ?? ''
        } --expose-gc --require ${HEAP_REPORT_PRELOAD}`.trim(),
        STAGECRAFT_HEAP_REPORT: this.heapReportFile,
      },
    });
    await this.process.ready(startTimeoutMs);
    return this.process;
  }

  /** The deployment's own settings over app-config.yaml and app-config.production.yaml. */
  private config(port: number, teams: string[]) {
    return {
      ...runProcessConfig({
        port,
        databasePrefix: this.databasePrefix,
        redisNamespace: this.runId,
        token: this.token,
        tokenSubject: 'memory-bench',
        accessKeyId: 'AKIAMEMORYBENCH00000',
        secretAccessKey: 'memory-bench-not-a-real-secret',
      }),
      // The seeded entities come from no location: without `keep`, the catalog's orphan
      // cleanup would delete them. No location either, so nothing else is processed.
      catalog: { locations: [], orphanStrategy: 'keep' },
      stagecraft: {
        // The whole catalog read at 100,000 entities can take over the default minute here.
        blastRadius: { indexLoadTimeoutSeconds: 600 },
        pipelines: {
          source: 'cloudwatch',
          cloudwatch: { endpoint: this.fakeAws.url },
        },
        readiness: {
          // Only when the bench asks (POST /evaluate), after the idle figure.
          schedule: {
            frequency: { trigger: 'manual' },
            timeout: { minutes: 30 },
          },
          cloudwatch: { enabled: true },
          // The first run notifies every owner of every failing check: thousands of
          // notifications at 2,000 entities, an evening's worth at 100,000 (README.md).
          notifications: {
            enabled: process.env.BENCH_READINESS_NOTIFICATIONS === 'true',
          },
          campaigns: {
            seed: [
              {
                id: BENCH_CAMPAIGN,
                name: 'Memory bench',
                startDate: isoDay(-30),
                deadline: isoDay(30),
                scope: { owners: teams, lifecycles: ['production'] },
                requiredChecks: ['runbook', 'load-test', 'failover-drill'],
              },
            ],
          },
        },
      },
    };
  }

  /** Stops the backend and the fake, drops the databases and deletes the Redis keys. */
  async stop(): Promise<DeploymentCleanup> {
    if (this.stopped) return { databasesDropped: 0, redisKeysDeleted: 0 };
    this.stopped = true;
    await this.process?.stop();
    await this.fakeAws.stop();
    const dropped = await dropDatabases(this.databasePrefix);
    const redisKeysDeleted = await deleteRedisKeys(this.runId);
    fs.rmSync(this.workDir, { recursive: true, force: true });
    return { databasesDropped: dropped.length, redisKeysDeleted };
  }
}
