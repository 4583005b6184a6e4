import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createClientApiFactory } from '@stagecraft/catalog-conventions-react';
import { PipelinesClient, pipelinesApiRef } from './api';
import { pipelineRouteRef, stageMetricsRouteRef } from './routes';

export const pipelinesPlugin = createPlugin({
  id: 'pipelines',
  routes: {
    pipeline: pipelineRouteRef,
    stageMetrics: stageMetricsRouteRef,
  },
  apis: [createClientApiFactory(pipelinesApiRef, PipelinesClient)],
});

/** The "Pipeline" tab of a pipeline Component (`isPipelineEntity`). */
export const EntityPipelineContent = pipelinesPlugin.provide(
  createRoutableExtension({
    name: 'EntityPipelineContent',
    component: () =>
      import('./components/EntityPipelineContent').then(
        m => m.EntityPipelineContent,
      ),
    mountPoint: pipelineRouteRef,
  }),
);

/** The "Metrics" tab of a Lambda, Kinesis stream, Firehose, SQS queue or state machine (`hasLiveMetrics`). */
export const EntityStageMetricsContent = pipelinesPlugin.provide(
  createRoutableExtension({
    name: 'EntityStageMetricsContent',
    component: () =>
      import('./components/EntityStageMetricsContent').then(
        m => m.EntityStageMetricsContent,
      ),
    mountPoint: stageMetricsRouteRef,
  }),
);

/**
 * For the overview of a Component or System that declares an expected peak
 * (`hasExpectedPeak`): each capacity check with its arithmetic.
 */
export const EntityCapacityCard = pipelinesPlugin.provide(
  createComponentExtension({
    name: 'EntityCapacityCard',
    component: {
      lazy: () =>
        import('./components/EntityCapacityCard').then(
          m => m.EntityCapacityCard,
        ),
    },
  }),
);

/** For a pipeline's overview tab: its worst current state. */
export const EntityPipelineHealthCard = pipelinesPlugin.provide(
  createComponentExtension({
    name: 'EntityPipelineHealthCard',
    component: {
      lazy: () =>
        import('./components/EntityPipelineHealthCard').then(
          m => m.EntityPipelineHealthCard,
        ),
    },
  }),
);
