import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventually } from '@internal/stagecraft-test-utils';
import { Router } from 'express';
import { techdocsModulePrebuild } from './techdocsModulePrebuild';

function entity(kind: string, name: string, annotations = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', annotations },
    spec: {},
  };
}

/** Stands in for the TechDocs backend: records which docs were asked to build. */
function fakeTechdocs(synced: string[]) {
  return createBackendPlugin({
    pluginId: 'techdocs',
    register(env) {
      env.registerInit({
        deps: { http: coreServices.httpRouter },
        async init({ http }) {
          const router = Router();
          router.get('/sync/:namespace/:kind/:name', (req, res) => {
            synced.push(
              `${req.params.namespace}/${req.params.kind}/${req.params.name}`,
            );
            res.send('event: finish\ndata: {"updated":true}\n\n');
          });
          http.use(router);
        },
      });
    },
  });
}

describe('techdocsModulePrebuild', () => {
  it('asks TechDocs to build the docs of every entity that has some, at start', async () => {
    const synced: string[] = [];
    await startTestBackend({
      features: [
        fakeTechdocs(synced),
        techdocsModulePrebuild,
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        catalogServiceMock.factory({
          entities: [
            entity('System', 'event-data-platform', {
              'backstage.io/techdocs-ref': 'dir:.',
            }),
            entity('Component', 'event-processor', {
              'backstage.io/techdocs-entity':
                'system:default/event-data-platform',
            }),
            entity('Resource', 'events-dlq'),
          ],
        }),
      ],
    });

    await eventually(
      'the prebuild to have run',
      async () => synced.length > 0,
      { timeoutMs: 10_000 },
    );
    expect(synced).toEqual(['default/system/event-data-platform']);
  });
});
