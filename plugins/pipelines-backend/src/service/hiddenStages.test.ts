import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { hideRestrictedFromUsers } from '@internal/stagecraft-test-utils';
import { DEFAULT_THRESHOLDS } from '@stagecraft/plugin-pipelines-common';
import { SimulatedLiveConfigSource } from '../liveConfig/SimulatedLiveConfigSource';
import { SimulatedMetricsSource } from '../metrics/simulated/SimulatedMetricsSource';
import { hiddenStagesProblem } from './hiddenStages';
import { PipelinesService } from './PipelinesService';

const lambda = (name: string, extra: Partial<Entity['metadata']> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    ...extra,
    annotations: {
      'amazonaws.com/arn': `arn:aws:lambda:eu-west-1:111122223333:function:${name}`,
      ...extra.annotations,
    },
  },
  spec: { type: 'lambda-function' },
});

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'orders-pipeline', namespace: 'default' },
    spec: {
      type: 'pipeline',
      dependsOn: [
        'component:default/enricher',
        'component:default/payroll-fn',
        'component:default/ghost',
      ],
    },
  },
  lambda('enricher', {
    annotations: { 'stagecraft.io/writes-to': 'component:default/payroll-fn' },
  }),
  lambda('payroll-fn', { labels: { restricted: 'true' } }),
];

function createService() {
  return new PipelinesService({
    catalog: hideRestrictedFromUsers(
      catalogServiceMock({ entities: ENTITIES }),
    ),
    auth: mockServices.auth(),
    metrics: new SimulatedMetricsSource(),
    liveConfig: new SimulatedLiveConfigSource(),
    thresholds: DEFAULT_THRESHOLDS,
    logger: mockServices.logger.mock(),
  });
}

const pipeline = {
  kind: 'component',
  namespace: 'default',
  name: 'orders-pipeline',
};
const asUser = { credentials: mockCredentials.user('user:default/dana') };

describe('stages the caller may not read', () => {
  it('are left out of a readable pipeline, edges included; missing stages stay', async () => {
    const service = createService();
    const view = await service.getPipelineView(pipeline, '1h', asUser);

    expect(view.stages.map(s => [s.ref, s.missing])).toEqual([
      ['component:default/enricher', false],
      ['component:default/ghost', true],
    ]);
    expect(view.edges).toEqual([]);
    expect(view.problems).toEqual([hiddenStagesProblem(1)]);
    expect(JSON.stringify(view)).not.toContain('payroll');

    // The same shared view, asked for again, is filtered again.
    const again = await service.getPipelineView(pipeline, '1h', asUser);
    expect(JSON.stringify(again)).not.toContain('payroll');
  });

  it('answer 404 on the stage routes, as a missing entity does', async () => {
    const service = createService();
    const stage = {
      kind: 'component',
      namespace: 'default',
      name: 'payroll-fn',
    };
    await expect(service.getStageMetrics(stage, '1h', asUser)).rejects.toThrow(
      NotFoundError,
    );
    await expect(service.getStageConfig(stage, asUser)).rejects.toThrow(
      NotFoundError,
    );
  });

  it('are shown to a caller who may read them', async () => {
    const view = await createService().getPipelineView(pipeline, '1h', {
      credentials: mockCredentials.service(),
    });
    expect(view.stages.map(s => s.ref)).toContain(
      'component:default/payroll-fn',
    );
    expect(view.edges).toEqual([
      {
        from: 'component:default/enricher',
        to: 'component:default/payroll-fn',
      },
    ]);
    expect(view.problems).toEqual([]);
  });
});
