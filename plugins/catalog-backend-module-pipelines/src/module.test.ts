import {
  eventually,
  startExampleCatalog,
} from '@internal/stagecraft-test-utils';
import catalogModulePipelines from './index';

describe('catalogModulePipelines on the real catalog backend', () => {
  it('emits readsFrom/readBy and writesTo/writtenBy from the example catalog', async () => {
    const backend = await startExampleCatalog({
      modules: ['portal-links'],
      features: [catalogModulePipelines],
      processingInterval: { milliseconds: 200 },
    });
    /** The entity's relations as `<type> <target>`, once it has one of `type`. */
    const relationsOnceItHas = async (
      ref: string,
      type: string,
      timeoutMs: number,
    ) => {
      const entity = await eventually(
        `${type} on ${ref.split('/')[1]}`,
        async () => {
          const found = await backend.catalog.entity(ref);
          return found?.relations?.some(r => r.type === type)
            ? found
            : undefined;
        },
        { timeoutMs },
      );
      return entity.relations!.map(r => `${r.type} ${r.targetRef}`);
    };
    try {
      const relations = await relationsOnceItHas(
        'component:default/event-processor',
        'readsFrom',
        60_000,
      );
      expect(relations).toEqual(
        expect.arrayContaining([
          'readsFrom resource:default/raw-events-stream',
          'readsFrom resource:default/event-schema-registry-bucket',
          'writesTo resource:default/processed-events-stream',
          'writesTo resource:default/events-dlq',
        ]),
      );

      const streamRelations = await relationsOnceItHas(
        'resource:default/raw-events-stream',
        'readBy',
        30_000,
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
