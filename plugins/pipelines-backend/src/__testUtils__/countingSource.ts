import { Entity } from '@backstage/catalog-model';
import { MetricWindow } from '@stagecraft/plugin-pipelines-common';
import {
  MetricsSource,
  StageFetchResult,
  StageMetricsRequest,
} from '../metrics/types';

/** `component:default/p`, a pipeline of one Lambda, `component:default/fn`. */
export const lambdaPipeline: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'p', namespace: 'default' },
    spec: { type: 'pipeline', dependsOn: ['component:default/fn'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'fn',
      namespace: 'default',
      annotations: {
        'amazonaws.com/arn':
          'arn:aws:lambda:eu-west-1:111122223333:function:fn',
      },
    },
    spec: { type: 'lambda-function' },
  },
];

/** Counts fetches; fails while `failing` is set. */
export class CountingSource implements MetricsSource {
  readonly kind = 'cloudwatch' as const;
  fetches = 0;
  failing = false;
  async fetch(requests: StageMetricsRequest[], window: MetricWindow) {
    this.fetches++;
    return new Map<string, StageFetchResult>(
      requests.map(r => [
        r.key,
        this.failing
          ? {
              freshness: {
                fetchedAt: new Date(window.end).toISOString(),
                stale: false,
                error: 'AccessDenied',
              },
            }
          : {
              series: { invocations: [[window.start, 1]] },
              freshness: {
                fetchedAt: new Date(window.end).toISOString(),
                stale: false,
              },
            },
      ]),
    );
  }
}
