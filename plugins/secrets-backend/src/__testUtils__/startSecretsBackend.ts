import { BackendFeature } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { secretsPlugin } from '../plugin';

const ALLOWED_KINDS = [
  'Component',
  'System',
  'Resource',
  'Location',
  'Group',
  'User',
];

/**
 * The real catalog backend reading `files` (name → YAML) and the secrets
 * plugin, waiting until the catalog serves `expectedEntities` entities.
 */
export async function startSecretsBackend(options: {
  files: Record<string, string>;
  expectedEntities: number;
  config?: Record<string, unknown>;
  features?: BackendFeature[];
}) {
  const mockDir = createMockDirectory();
  mockDir.setContent(options.files);
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      secretsPlugin,
      mockServices.rootConfig.factory({
        data: {
          ...options.config,
          catalog: {
            rules: [{ allow: ALLOWED_KINDS }],
            locations: Object.keys(options.files).map(file => ({
              type: 'file',
              target: mockDir.resolve(file),
            })),
            processingInterval: { seconds: 1 },
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });

  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await request(backend.server).get(
      '/api/catalog/entities?fields=kind',
    );
    const served = Array.isArray(res.body)
      ? res.body.filter((e: { kind: string }) => e.kind !== 'Location').length
      : 0;
    if (served >= options.expectedEntities) {
      break;
    }
    if (Date.now() > deadline) {
      await backend.stop();
      throw new Error(
        `The catalog served ${served} of ${options.expectedEntities} entities after 60 s`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return backend;
}
