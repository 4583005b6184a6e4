import {
  BackendFeature,
  coreServices,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleLogs from '@backstage/plugin-catalog-backend-module-logs';
import { Knex } from 'knex';
import { inMemoryDatabaseServiceFactory } from '../database/inMemoryDatabase';
import { asUser } from '../http/asUser';
import { eventually } from '../eventually';
import {
  CatalogErrorEvent,
  captureCatalogErrors,
} from './captureCatalogErrors';
import { catalogConfig, ProcessingInterval } from './catalogConfig';
import { writeCatalogFiles } from './writeCatalogFiles';
import { servedEntities } from './servedEntities';
import {
  STAGECRAFT_CATALOG_MODULES,
  StagecraftCatalogModule,
} from './stagecraftModules';

export type StartCatalogOptions = {
  /** Catalog files, name → YAML, written to a temporary folder and read as file locations. */
  files?: Record<string, string>;
  /** Absolute paths (file locations) or http(s) URLs (url locations). */
  locations?: string[];
  /** Stagecraft's catalog modules to install; both unless given (`[]` for the bare catalog). */
  modules?: StagecraftCatalogModule[];
  /**
   * The database every plugin shares: a knex (e.g. from
   * `createTestDatabases().init(id)`), or a test database id with the
   * `TestDatabases` to make it from. Unless given (or set by `features` or
   * `config.backend.database`), each plugin's own in-memory SQLite, closed
   * when the catalog stops.
   */
  database?: Knex | { databases: TestDatabases; id: TestDatabaseId };
  /** More backend features: the plugin under test, service factories, modules. */
  features?: BackendFeature[];
  /** More root config, e.g. `backend.reading.allow` for url locations or `stagecraft.*`. */
  config?: Record<string, unknown>;
  /** The root logger's level (`debug` when a test captures the logs); startTestBackend's unless given. */
  logLevel?: 'none' | 'error' | 'warn' | 'info' | 'debug';
  /** One second unless given. */
  processingInterval?: ProcessingInterval;
  /** Resolve only once the catalog serves this many entities (Locations aside). */
  expectedEntities?: number;
  /** How long to wait for `expectedEntities` before failing; 60 s unless given. */
  expectedEntitiesTimeoutMs?: number;
};

function providesDatabase(feature: BackendFeature) {
  return (
    'service' in feature &&
    (feature as ServiceFactory).service.id === coreServices.database.id
  );
}

async function databaseFeatures(
  options: StartCatalogOptions,
): Promise<BackendFeature[]> {
  const { database } = options;
  if (!database) {
    const ownDatabase =
      options.features?.some(providesDatabase) ||
      (options.config?.backend as { database?: unknown } | undefined)
        ?.database !== undefined;
    return ownDatabase ? [] : [inMemoryDatabaseServiceFactory];
  }
  const knex =
    'databases' in database
      ? await database.databases.init(database.id)
      : database;
  return [mockServices.database.factory({ knex })];
}

/** The `app.baseUrl` the test catalog makes in-portal link paths absolute against. */
export const TEST_PORTAL_BASE_URL = 'http://localhost:3000';

/**
 * Starts the real catalog backend (with the logs module and Stagecraft's
 * catalog modules, as the portal runs it) over the given files and
 * locations, with any other features, and records the catalog's error
 * events.
 */
export async function startCatalog(options: StartCatalogOptions = {}) {
  const errorEvents: CatalogErrorEvent[] = [];
  const written = options.files ? writeCatalogFiles(options.files) : undefined;
  const modules = options.modules ?? ['portal-links', 'secrets', 'pipelines'];
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleLogs,
      captureCatalogErrors(errorEvents),
      ...modules.map(name => STAGECRAFT_CATALOG_MODULES[name]),
      ...(await databaseFeatures(options)),
      ...(options.logLevel
        ? [mockServices.rootLogger.factory({ level: options.logLevel })]
        : []),
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          app: {
            baseUrl: TEST_PORTAL_BASE_URL,
            ...(options.config?.app as Record<string, unknown> | undefined),
          },
          catalog: catalogConfig({
            locations: [
              ...(written?.paths ?? []),
              ...(options.locations ?? []),
            ],
            processingInterval: options.processingInterval ?? { seconds: 1 },
          }),
        },
      }),
      ...(options.features ?? []),
    ],
  }).catch(error => {
    written?.remove();
    throw error;
  });

  const stop = async () => {
    await backend.stop();
    written?.remove();
  };
  const catalog = servedEntities(backend.server);
  const { expectedEntities, expectedEntitiesTimeoutMs = 60_000 } = options;
  if (expectedEntities !== undefined) {
    let served = 0;
    await eventually(
      `${expectedEntities} entities`,
      async () => {
        served = await catalog.count();
        return served >= expectedEntities;
      },
      { timeoutMs: expectedEntitiesTimeoutMs },
    ).catch(async () => {
      await stop();
      throw new Error(
        `The catalog served ${served} of ${expectedEntities} entities after ${
          expectedEntitiesTimeoutMs / 1000
        } s`,
      );
    });
  }

  return {
    server: backend.server,
    /** Where the backend listens, for clients that speak real HTTP. */
    baseUrl: `http://localhost:${backend.server.port()}`,
    /** A signed-in user's token for `baseUrl`. */
    token: mockCredentials.user.token(),
    /** Requests carrying a signed-in user's credentials. */
    request: asUser(backend.server),
    catalog,
    errorEvents,
    stop,
  };
}

/** A running catalog, as `startCatalog` returns it. */
export type TestCatalog = Awaited<ReturnType<typeof startCatalog>>;
