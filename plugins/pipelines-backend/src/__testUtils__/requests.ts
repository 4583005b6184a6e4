import {
  AwsTarget,
  METRIC_PROFILES,
  MonitoredStageType,
  metricWindow,
} from '@stagecraft/plugin-pipelines-common';
import { StageMetricsRequest } from '../metrics/types';

export function lambdaRequest(
  name: string,
  accountId = '111122223333',
  region = 'eu-west-1',
): StageMetricsRequest {
  return stageRequest('lambda-function', name, accountId, region);
}

export function stageRequest(
  stageType: MonitoredStageType,
  name: string,
  accountId = '111122223333',
  region = 'eu-west-1',
): StageMetricsRequest {
  const target: AwsTarget = {
    stageType,
    accountId,
    region,
    resourceName: name,
    dimensionValue: name,
  };
  return {
    key: `component:default/${name}`,
    target,
    metrics: METRIC_PROFILES[stageType].metrics,
    hints: { seed: `component:default/${name}` },
  };
}

export const T0 = Date.UTC(2025, 5, 2, 14, 0, 30);
export const window1h = (now = T0) => metricWindow('1h', now);
