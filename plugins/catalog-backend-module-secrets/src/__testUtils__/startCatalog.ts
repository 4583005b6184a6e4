import {
  createBackendModule,
  BackendFeature,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin, {
  CATALOG_ERRORS_TOPIC,
} from '@backstage/plugin-catalog-backend';
import catalogModuleLogs from '@backstage/plugin-catalog-backend-module-logs';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { Knex } from 'knex';
import request from 'supertest';
import { catalogModuleSecrets } from '../module';

export type CatalogErrorEvent = {
  entity: string;
  location?: string;
  errors: Array<{ name?: string; message: string }>;
};

const ALLOWED_KINDS = [
  'Component',
  'System',
  'API',
  'Resource',
  'Location',
  'Domain',
  'Group',
  'User',
];

/**
 * Starts the real catalog backend (with the logs module, as the portal runs
 * it) reading the given `file` locations, with or without the secrets module.
 * Collects what the catalog publishes on its error topic and everything it
 * logs.
 */
export async function startCatalog(options: {
  /** Absolute paths (file locations) or http URLs (url locations). */
  locations: string[];
  /** Extra root config, e.g. `backend.reading.allow` for url locations. */
  config?: Record<string, unknown>;
  knex?: Knex;
  withSecretsModule?: boolean;
  features?: BackendFeature[];
  /** `debug` when the test captures the logs; they go to the console. */
  logLevel?: 'none' | 'warn' | 'debug';
}) {
  const errorEvents: CatalogErrorEvent[] = [];
  const captureErrors = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'test-error-capture',
    register(reg) {
      reg.registerInit({
        deps: { events: eventsServiceRef },
        async init({ events }) {
          await events.subscribe({
            id: 'test-error-capture',
            topics: [CATALOG_ERRORS_TOPIC],
            async onEvent(params) {
              errorEvents.push(params.eventPayload as CatalogErrorEvent);
            },
          });
        },
      });
    },
  });

  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleLogs,
      captureErrors,
      ...(options.withSecretsModule === false ? [] : [catalogModuleSecrets]),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      mockServices.rootLogger.factory({ level: options.logLevel ?? 'warn' }),
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          catalog: {
            rules: [{ allow: ALLOWED_KINDS }],
            locations: options.locations.map(target => ({
              type: /^https?:/.test(target) ? 'url' : 'file',
              target,
            })),
            processingInterval: { seconds: 1 },
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });

  const api = {
    async entities(): Promise<Entity[]> {
      const res = await request(backend.server).get('/api/catalog/entities');
      if (res.status !== 200) {
        throw new Error(`GET /entities answered ${res.status}`);
      }
      return res.body;
    },
    async entity(ref: string): Promise<Entity | undefined> {
      const res = await request(backend.server).get(
        `/api/catalog/entities/by-ref/${encodeURIComponent(ref)}`,
      );
      return res.status === 200 ? res.body : undefined;
    },
  };

  return { backend, errorEvents, api };
}

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** Refs of the served entities, lower-cased. */
export function refsOf(entities: Entity[]): Set<string> {
  return new Set(
    entities.map(e =>
      `${e.kind}:${e.metadata.namespace ?? 'default'}/${
        e.metadata.name
      }`.toLocaleLowerCase('en-US'),
    ),
  );
}
