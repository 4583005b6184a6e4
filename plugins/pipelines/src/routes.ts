import { createRouteRef } from '@backstage/core-plugin-api';

export const pipelineRouteRef = createRouteRef({ id: 'pipelines:pipeline' });
export const stageMetricsRouteRef = createRouteRef({
  id: 'pipelines:stage-metrics',
});
