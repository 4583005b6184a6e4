import fs from 'fs';
import os from 'os';
import path from 'path';
import { eventually } from '@internal/stagecraft-test-utils';
import {
  BLAST_RADIUS_NEWCOMERS,
  BLAST_RADIUS_ROOT,
  replicaCatalogSize,
  replicaCatalogYaml,
  REPLICA_VAULT_MOUNT,
  REPLICA_VAULT_SECRETS,
} from './replicaCatalog';
import {
  dropDatabases,
  queryPluginDatabase,
  REPLICA_POSTGRES_URL,
} from './replicaDatabases';
import { FakeAws } from './replicaFakeAws';
import { FakeVault } from './replicaFakeVault';
import { freePort, REPO_ROOT, ReplicaProcess } from './replicaProcesses';
import { deleteRedisKeys, REPLICA_REDIS_URL } from './replicaRedis';

/** The AWS account of the test catalog's stages. */
const ACCOUNT_ID = '111122223333';
const TOKEN_SUBJECT = 'replica-test';

/**
 * The environment `app-config.production.yaml` reads, for a backend process on this
 * machine's PostgreSQL and Redis whose every AWS call goes to the fake at `fakeAwsUrl`.
 */
export function productionEnvironment(
  fakeAwsUrl: string,
): Record<string, string> {
  const postgres = new URL(REPLICA_POSTGRES_URL);
  return {
    POSTGRES_HOST: postgres.hostname,
    POSTGRES_PORT: postgres.port || '5432',
    POSTGRES_USER: decodeURIComponent(postgres.username || 'postgres'),
    POSTGRES_PASSWORD: decodeURIComponent(postgres.password),
    REDIS_URL: REPLICA_REDIS_URL,
    // Every AWS call goes to the fake; nothing leaves the machine.
    AWS_ENDPOINT_URL: fakeAwsUrl,
    AWS_REGION: 'eu-west-1',
  };
}

/** Who a process of one run is and where it keeps its state, besides the environment. */
export interface RunProcessSettings {
  /** The loopback port it listens on. */
  port: number;
  /** Every database of the run is named `<databasePrefix><pluginId>`. */
  databasePrefix: string;
  /** Every Redis key of the run starts with this. */
  redisNamespace: string;
  /** The static token the run's requests carry, and the subject it names. */
  token: string;
  tokenSubject: string;
  /** Its credentials for the test catalog's AWS account (at the fake AWS). */
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * The settings a backend process of one run is given over `app-config.production.yaml`:
 * its address on loopback, the run's databases and Redis namespace, the run's static token
 * and its AWS credentials.
 */
export function runProcessConfig(settings: RunProcessSettings) {
  const baseUrl = `http://127.0.0.1:${settings.port}`;
  return {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { host: '127.0.0.1', port: settings.port },
      database: { prefix: settings.databasePrefix },
      cache: { redis: { client: { namespace: settings.redisNamespace } } },
      auth: {
        externalAccess: [
          {
            type: 'static',
            options: { token: settings.token, subject: settings.tokenSubject },
          },
        ],
      },
    },
    aws: {
      accounts: [
        {
          accountId: ACCOUNT_ID,
          accessKeyId: settings.accessKeyId,
          secretAccessKey: settings.secretAccessKey,
        },
      ],
    },
  };
}

/**
 * Spawns a backend process deployed as `app-config.production.yaml` deploys it, then
 * `configFiles`, then `ownConfig` (written to `ownConfigFile`), in the environment
 * `productionEnvironment` gives, plus `env`.
 */
export function spawnProductionProcess(options: {
  name: string;
  port: number;
  token: string;
  fakeAwsUrl: string;
  ownConfig: object;
  ownConfigFile: string;
  configFiles?: string[];
  env: Record<string, string>;
}): ReplicaProcess {
  fs.writeFileSync(
    options.ownConfigFile,
    JSON.stringify(options.ownConfig, null, 2),
  );
  return ReplicaProcess.spawn({
    name: options.name,
    port: options.port,
    token: options.token,
    configFiles: [
      path.join(REPO_ROOT, 'app-config.yaml'),
      path.join(REPO_ROOT, 'app-config.production.yaml'),
      ...(options.configFiles ?? []),
      options.ownConfigFile,
    ],
    env: { ...productionEnvironment(options.fakeAwsUrl), ...options.env },
  });
}

/** What a replica is told apart by: its AWS access key (at the fake AWS) and Vault token. */
export interface ReplicaIdentity {
  name: string;
  accessKeyId: string;
  vaultToken: string;
}

function identityOf(index: number): ReplicaIdentity {
  const name = String.fromCharCode('a'.charCodeAt(0) + index);
  return {
    name,
    accessKeyId: `AKIAREPLICA${name.toUpperCase()}0000000`,
    vaultToken: `replica-${name}-vault-token`,
  };
}

export interface ReplicaDeploymentOptions {
  replicas: number;
  /** How long starting each replica may take; default 3 minutes (a loaded machine needs over 2). */
  startTimeoutMs?: number;
}

/** What `stop` cleaned up. */
export interface ReplicaCleanup {
  databasesDropped: number;
  redisKeysDeleted: number;
}

/**
 * Several real backend processes deployed as in production (`app-config.production.yaml`,
 * then `app-config.replicas-test.yaml`'s short cycles): one PostgreSQL server with a fresh set
 * of databases for this run (`databasePrefix`), one Redis under a namespace of this run, and
 * a fake AWS and Vault on loopback that tell the replicas apart by their credentials. Always
 * `stop()` it: the processes are killed, the databases dropped and the Redis keys deleted.
 */
export class ReplicaDeployment {
  readonly replicas: ReplicaProcess[] = [];
  readonly identities: ReplicaIdentity[] = [];
  readonly catalogFile: string;
  private stopped = false;

  private constructor(
    readonly runId: string,
    readonly workDir: string,
    readonly fakeAws: FakeAws,
    readonly fakeVault: FakeVault,
  ) {
    this.catalogFile = path.join(workDir, 'catalog.yaml');
  }

  /** Every database of this run is named `<databasePrefix><pluginId>`. */
  get databasePrefix(): string {
    return `${this.runId}_`;
  }

  /** Every Redis key of this run starts with this. */
  get redisNamespace(): string {
    return this.runId;
  }

  /** The token the test's requests carry (`backend.auth.externalAccess`). */
  get token(): string {
    return `${this.runId}-static-access-token`;
  }

  static async start(
    options: ReplicaDeploymentOptions,
  ): Promise<ReplicaDeployment> {
    const runId = `stagecraft_replicas_${process.pid}_${Date.now()}`;
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `${runId}-`));
    const fakeAws = await FakeAws.start();
    const fakeVault = await FakeVault.start(
      REPLICA_VAULT_MOUNT,
      REPLICA_VAULT_SECRETS,
    );
    const deployment = new ReplicaDeployment(
      runId,
      workDir,
      fakeAws,
      fakeVault,
    );
    try {
      deployment.writeCatalog(replicaCatalogYaml({ newcomers: 0 }));
      // One after the other: replicas starting together on fresh databases race for the
      // migration lock, and the loser never becomes ready (docs/deployment.md).
      for (let i = 0; i < options.replicas; i++) {
        const replica = await deployment.spawn(i);
        deployment.replicas.push(replica);
        await replica.ready(options.startTimeoutMs ?? 180_000);
      }
      return deployment;
    } catch (error) {
      await deployment.stop();
      throw error;
    }
  }

  /** Replaces the catalog file every replica reads. */
  writeCatalog(yaml: string): void {
    fs.writeFileSync(this.catalogFile, yaml);
  }

  /**
   * Waits until the catalog (one database for all replicas) serves `replicaCatalogYaml` with
   * `newcomers`, their relations to the blast-radius root included, through every live replica.
   */
  async catalogServes(newcomers: number, timeoutMs = 90_000): Promise<void> {
    const size = replicaCatalogSize({ newcomers });
    const dependents = [
      'component:default/orders-api',
      ...BLAST_RADIUS_NEWCOMERS.slice(0, newcomers),
    ].sort();
    const [kind, namespacedName] = BLAST_RADIUS_ROOT.split(':');
    for (const replica of this.replicas.filter(r => r.alive)) {
      let seen = 'nothing yet';
      await eventually(
        `replica ${replica.name}'s catalog with ${newcomers} newcomers`,
        async () => {
          const all = await replica.get('/api/catalog/entities?fields=kind');
          const root = await replica.get(
            `/api/catalog/entities/by-name/${kind}/${namespacedName}`,
          );
          if (all.status !== 200 || root.status !== 200) {
            seen = `answers ${all.status} and ${root.status}`;
            return false;
          }
          const entities = (all.body as Array<{ kind: string }>).filter(
            entity => entity.kind !== 'Location',
          ).length;
          const relations = (root.body.relations ?? []) as Array<{
            type: string;
            targetRef: string;
          }>;
          const dependentRefs = relations
            .filter(r => r.type === 'dependencyOf')
            .map(r => r.targetRef)
            .sort();
          seen = `${entities} entities, ${BLAST_RADIUS_ROOT} needed by ${dependentRefs.join(
            ', ',
          )}`;
          return (
            entities === size &&
            JSON.stringify(dependentRefs) === JSON.stringify(dependents)
          );
        },
        { timeoutMs, intervalMs: 200 },
      ).catch(error => {
        throw new Error(
          `${
            error.message
          }; expected ${size} entities, ${BLAST_RADIUS_ROOT} needed by ${dependents.join(
            ', ',
          )}; saw ${seen}`,
        );
      });
    }
  }

  /** The replica whose credentials these are (undefined for someone else's). */
  replicaByAccessKey(accessKeyId: string): ReplicaProcess | undefined {
    const index = this.identities.findIndex(i => i.accessKeyId === accessKeyId);
    return this.replicas[index];
  }

  replicaByVaultToken(token: string): ReplicaProcess | undefined {
    const index = this.identities.findIndex(i => i.vaultToken === token);
    return this.replicas[index];
  }

  /** Runs `sql` in one plugin's database of this run. */
  query<Row = Record<string, unknown>>(
    pluginId: string,
    sql: string,
    values: unknown[] = [],
  ): Promise<Row[]> {
    return queryPluginDatabase<Row>(this.databasePrefix, pluginId, sql, values);
  }

  private async spawn(index: number): Promise<ReplicaProcess> {
    const identity = identityOf(index);
    this.identities.push(identity);
    const port = await freePort();
    const ownConfig = {
      ...runProcessConfig({
        port,
        databasePrefix: this.databasePrefix,
        redisNamespace: this.redisNamespace,
        token: this.token,
        tokenSubject: TOKEN_SUBJECT,
        accessKeyId: identity.accessKeyId,
        secretAccessKey: `${identity.name}-not-a-real-secret`,
      }),
      catalog: { locations: [{ type: 'file', target: this.catalogFile }] },
      stagecraft: {
        // The pipelines backend's own setting; AWS_ENDPOINT_URL (productionEnvironment) covers every other client.
        pipelines: { cloudwatch: { endpoint: this.fakeAws.url } },
        secrets: {
          stores: {
            vault: {
              token: identity.vaultToken,
              address: this.fakeVault.url,
              mount: REPLICA_VAULT_MOUNT,
            },
          },
        },
      },
    };
    return spawnProductionProcess({
      name: identity.name,
      port,
      token: this.token,
      fakeAwsUrl: this.fakeAws.url,
      ownConfig,
      ownConfigFile: path.join(this.workDir, `replica-${identity.name}.json`),
      configFiles: [path.join(REPO_ROOT, 'app-config.replicas-test.yaml')],
      env: { LOG_LEVEL: process.env.REPLICA_LOG_LEVEL ?? 'warn' },
    });
  }

  /** Kills every replica, stops the fakes, drops the databases and deletes the Redis keys. */
  async stop(): Promise<ReplicaCleanup> {
    if (this.stopped) return { databasesDropped: 0, redisKeysDeleted: 0 };
    this.stopped = true;
    await Promise.all(this.replicas.map(replica => replica.stop()));
    await Promise.all([this.fakeAws.stop(), this.fakeVault.stop()]);
    const dropped = await dropDatabases(this.databasePrefix);
    const redisKeysDeleted = await deleteRedisKeys(this.redisNamespace);
    fs.rmSync(this.workDir, { recursive: true, force: true });
    return { databasesDropped: dropped.length, redisKeysDeleted };
  }
}
