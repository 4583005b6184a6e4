import { mockServices } from '@backstage/backend-test-utils';
import { ReplicaClaimsOptions } from '../cache/ReplicaClaims';
import { SharedCache } from '../cache/SharedCache';
import { CloudWatchGateway } from '../metrics/cloudWatchGateway';
import { CloudWatchMetricsSource } from '../metrics/CloudWatchMetricsSource';
import { TestAwsClientFactory } from './awsClients';
import { memorySharedCache } from './memorySharedCache';
import { T0 } from './requests';

/**
 * A CloudWatch metrics source over real SDK clients (intercept them with
 * aws-sdk-client-mock), one attempt per call, failures not held.
 */
export function cloudWatchSource(
  options: {
    now?: () => number;
    cache?: SharedCache;
    softTimeoutMs?: number;
    hardTimeoutMs?: number;
    coalesceAcrossReplicas?: boolean | ReplicaClaimsOptions;
    batchWindowMs?: number;
  } = {},
) {
  const logger = mockServices.logger.mock();
  return new CloudWatchMetricsSource({
    gateway: new CloudWatchGateway(new TestAwsClientFactory(), {
      backoff: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    }),
    cache: options.cache ?? memorySharedCache(logger),
    logger,
    clock: options.now ?? (() => T0),
    softTimeoutMs: options.softTimeoutMs ?? 2_000,
    hardTimeoutMs: options.hardTimeoutMs,
    failureHoldMs: 0,
    coalesceAcrossReplicas: options.coalesceAcrossReplicas,
    batchWindowMs: options.batchWindowMs,
  });
}
