/**
 * Stagecraft pipelines for the new frontend system.
 *
 * @packageDocumentation
 */
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { createClientApiExtension } from '@stagecraft/catalog-conventions-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  hasExpectedPeak,
  hasLiveMetrics,
  isPipelineEntity,
} from '@stagecraft/plugin-pipelines-common';
import { PipelinesClient, pipelinesApiRef } from './api';
import { pipelineRouteRef, stageMetricsRouteRef } from './routes';

// The legacy plugin's mount points, so links made with them resolve in either app.
const pipelineRoute = convertLegacyRouteRef(pipelineRouteRef);
const stageMetricsRoute = convertLegacyRouteRef(stageMetricsRouteRef);

/** `api:pipelines`: the client for `@stagecraft/plugin-pipelines-backend`. */
const pipelinesApi = createClientApiExtension(pipelinesApiRef, PipelinesClient);

/** `entity-content:pipelines/pipeline`: the "Pipeline" tab of a pipeline Component. */
const entityPipelineContent = EntityContentBlueprint.make({
  name: 'pipeline',
  params: {
    path: '/pipeline',
    title: 'Pipeline',
    routeRef: pipelineRoute,
    filter: isPipelineEntity,
    loader: () =>
      import('./components/EntityPipelineContent').then(m => (
        <m.EntityPipelineContent />
      )),
  },
});

/**
 * `entity-content:pipelines/stage-metrics`: the "Metrics" tab of a Lambda, Kinesis stream,
 * Firehose, SQS queue or state machine.
 */
const entityStageMetricsContent = EntityContentBlueprint.make({
  name: 'stage-metrics',
  params: {
    path: '/metrics',
    title: 'Metrics',
    routeRef: stageMetricsRoute,
    filter: hasLiveMetrics,
    loader: () =>
      import('./components/EntityStageMetricsContent').then(m => (
        <m.EntityStageMetricsContent />
      )),
  },
});

/** `entity-card:pipelines/pipeline-health`: a pipeline's worst current state, on its overview. */
const entityPipelineHealthCard = EntityCardBlueprint.make({
  name: 'pipeline-health',
  params: {
    type: 'content',
    filter: isPipelineEntity,
    loader: () =>
      import('./components/EntityPipelineHealthCard').then(m => (
        <m.EntityPipelineHealthCard />
      )),
  },
});

/**
 * `entity-card:pipelines/capacity`: each capacity check against the expected peak, on the
 * overview of a Component or System that declares one.
 */
const entityCapacityCard = EntityCardBlueprint.make({
  name: 'capacity',
  params: {
    type: 'content',
    filter: hasExpectedPeak,
    loader: () =>
      import('./components/EntityCapacityCard').then(m => (
        <m.EntityCapacityCard />
      )),
  },
});

/**
 * The pipelines plugin for the new frontend system: the Pipeline and Metrics tabs and the
 * pipeline health card, each on the entities the legacy app placed them on.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'pipelines',
  title: 'Pipelines',
  info: { packageJson: () => import('../package.json') },
  routes: { pipeline: pipelineRoute, stageMetrics: stageMetricsRoute },
  extensions: [
    pipelinesApi,
    entityPipelineContent,
    entityStageMetricsContent,
    entityPipelineHealthCard,
    entityCapacityCard,
  ],
});
