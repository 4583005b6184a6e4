import path from 'path';
import request from 'supertest';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePipelines from './index';

const EXAMPLE_CATALOG = path.resolve(
  __dirname,
  '../../../catalog-info/all.yaml',
);

async function getEntity(
  server: Parameters<typeof request>[0],
  ref: string,
): Promise<Entity | undefined> {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  const res = await request(server)
    .get(`/api/catalog/entities/by-name/${kind}/${namespace}/${name}`)
    .set('Authorization', mockCredentials.user.header());
  return res.status === 200 ? res.body : undefined;
}

async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 250));
  }
}

describe('catalogModulePipelines on the real catalog backend', () => {
  it('emits readsFrom/readBy and writesTo/writtenBy from the example catalog', async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePipelines,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [{ type: 'file', target: EXAMPLE_CATALOG }],
              processingInterval: { milliseconds: 200 },
            },
          },
        }),
      ],
    });
    const server = backend.server;
    try {
      const processor = await waitFor(async () => {
        const entity = await getEntity(
          server,
          'component:default/event-processor',
        );
        return entity?.relations?.some(r => r.type === 'readsFrom')
          ? entity
          : undefined;
      }, 60_000);
      const relations = processor.relations!.map(
        r => `${r.type} ${r.targetRef}`,
      );
      expect(relations).toEqual(
        expect.arrayContaining([
          'readsFrom resource:default/raw-events-stream',
          'readsFrom resource:default/event-schema-registry-bucket',
          'writesTo resource:default/processed-events-stream',
          'writesTo resource:default/events-dlq',
        ]),
      );

      const stream = await waitFor(async () => {
        const entity = await getEntity(
          server,
          'resource:default/raw-events-stream',
        );
        return entity?.relations?.some(r => r.type === 'readBy')
          ? entity
          : undefined;
      }, 30_000);
      const streamRelations = stream.relations!.map(
        r => `${r.type} ${r.targetRef}`,
      );
      expect(streamRelations).toEqual(
        expect.arrayContaining([
          'readBy component:default/event-processor',
          'writtenBy component:default/clickstream-collector',
          'writtenBy component:default/event-replayer',
        ]),
      );
      expect(streamRelations).not.toContain(
        'readBy component:default/clickstream-collector',
      );
    } finally {
      await backend.stop();
    }
  }, 90_000);
});
