import path from 'path';
import {
  EXAMPLE_CATALOG_DIR,
  eventually,
  startCatalog,
} from '@internal/stagecraft-test-utils';
import catalogModulePipelines from './index';

describe('catalogModulePipelines on the real catalog backend', () => {
  it('emits readsFrom/readBy and writesTo/writtenBy from the example catalog', async () => {
    const backend = await startCatalog({
      locations: [path.join(EXAMPLE_CATALOG_DIR, 'all.yaml')],
      modules: [],
      features: [catalogModulePipelines],
      processingInterval: { milliseconds: 200 },
    });
    const getEntity = (ref: string) => backend.catalog.entity(ref);
    try {
      const processor = await eventually(
        'readsFrom on event-processor',
        async () => {
          const entity = await getEntity('component:default/event-processor');
          return entity?.relations?.some(r => r.type === 'readsFrom')
            ? entity
            : undefined;
        },
        { timeoutMs: 60_000 },
      );
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

      const stream = await eventually(
        'readBy on raw-events-stream',
        async () => {
          const entity = await getEntity('resource:default/raw-events-stream');
          return entity?.relations?.some(r => r.type === 'readBy')
            ? entity
            : undefined;
        },
        { timeoutMs: 30_000 },
      );
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
