import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { PipelineFlowProcessor } from './PipelineFlowProcessor';

const location = { type: 'file', target: '/repo/catalog-info/lake.yaml' };

function entity(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'partitioner', annotations },
    spec: { type: 'lambda-function' },
  };
}

describe('PipelineFlowProcessor', () => {
  it('emits both directions of every flow relation', async () => {
    const emitted: CatalogProcessorResult[] = [];
    await new PipelineFlowProcessor().postProcessEntity(
      entity({
        'stagecraft.io/reads-from': 'resource:default/lake',
        'stagecraft.io/writes-to':
          'resource:default/lake, resource:default/dlq',
      }),
      location,
      r => emitted.push(r),
    );
    const relations = emitted.map(r =>
      r.type === 'relation'
        ? `${r.relation.source.name} ${r.relation.type} ${r.relation.target.name}`
        : r.type,
    );
    expect(relations).toEqual([
      'partitioner readsFrom lake',
      'lake readBy partitioner',
      'partitioner writesTo lake',
      'lake writtenBy partitioner',
      'partitioner writesTo dlq',
      'dlq writtenBy partitioner',
    ]);
  });

  it('skips a bad ref, keeps the rest and logs file, entity and annotation', async () => {
    const logger = mockServices.logger.mock();
    const emitted: CatalogProcessorResult[] = [];
    const result = await new PipelineFlowProcessor(logger).postProcessEntity(
      entity({ 'stagecraft.io/writes-to': 'resource:default/dlq,Resource::' }),
      location,
      r => emitted.push(r),
    );
    expect(result.metadata.name).toBe('partitioner');
    expect(emitted.filter(r => r.type === 'relation')).toHaveLength(2);
    expect(emitted.some(r => r.type === 'error')).toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^file:\/repo\/catalog-info\/lake.yaml: entity component:default\/partitioner: metadata.annotations\["stagecraft.io\/writes-to"\]: "Resource::" in stagecraft.io\/writes-to is not an entity ref/,
      ),
    );
  });
});
