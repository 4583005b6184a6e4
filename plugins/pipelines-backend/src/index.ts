/**
 * Stagecraft pipelines backend: pipeline flow graphs with live metrics, health and
 * configuration from CloudWatch and the AWS APIs, or a simulated source.
 *
 * @packageDocumentation
 */

export { pipelinesPlugin as default } from './plugin';

// The parts bench/metrics assembles, with a fake clock and a mocked CloudWatch.
// Not a stable API: the plugin above is what a backend installs.
export { createRouter, type RouterOptions } from './router';
export {
  PipelinesService,
  type PipelinesServiceOptions,
} from './service/PipelinesService';
export {
  EdgeDriftService,
  type EdgeDriftServiceOptions,
} from './drift/EdgeDriftService';
export type {
  EdgeObserver,
  EdgeObservationRequest,
  ObservedConsumer,
  ObservedMapping,
  StageEdgeObservation,
} from './drift/types';
export { SharedCache, type SharedCacheOptions } from './cache/SharedCache';
export type { ReplicaClaimsOptions } from './cache/ReplicaClaims';
export { CloudWatchGateway } from './metrics/cloudWatchGateway';
export {
  CloudWatchMetricsSource,
  type CloudWatchMetricsSourceOptions,
} from './metrics/CloudWatchMetricsSource';
export {
  MetricsWatch,
  type MetricsWatchOptions,
  type WatchedFacet,
  type WatchedView,
} from './service/MetricsWatch';
export {
  MetricsSignalPublisher,
  type MetricsSignalPublisherOptions,
} from './service/MetricsSignalPublisher';
export { SimulatedLiveConfigSource } from './liveConfig/SimulatedLiveConfigSource';
export type { AwsClientFactory, AwsLocation } from './aws/clients';
