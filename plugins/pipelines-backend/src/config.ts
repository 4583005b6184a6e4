import { Config } from '@backstage/config';
import {
  DEFAULT_CAPACITY_HEADROOM,
  HealthThresholds,
  MetricsSourceKind,
  readThresholdsConfig,
} from '@stagecraft/plugin-pipelines-common';

const ROOT = 'stagecraft.pipelines';

export interface PipelinesBackendConfig {
  /** Where metrics come from. */
  source: MetricsSourceKind;
  /** Default health thresholds (`stagecraft.pipelines.thresholds`). */
  thresholds: HealthThresholds;
  /** After this many ms without an answer, serve the last good data marked stale. */
  softTimeoutMs?: number;
  /** Abandon a whole fetch after this many ms. */
  hardTimeoutMs?: number;
  /** Abandon each AWS SDK request after this many ms. */
  requestTimeoutMs?: number;
  /**
   * Replicas share `backend.cache` (Redis, Valkey, Memcache: any store but memory), so a
   * CloudWatch window is fetched by one replica and the others wait for its answer.
   */
  replicasShareCache: boolean;
  /** Where CloudWatch is called (`stagecraft.pipelines.cloudwatch.endpoint`); AWS's own by default. */
  cloudWatchEndpoint?: string;
  /** Capacity checks multiply every rate-based need by this (`capacity.headroom`, default 1.2). */
  capacityHeadroom: number;
}

/**
 * CloudWatch when the app-config has an `aws` section (the standard Backstage AWS
 * integration config), the simulated source otherwise. `stagecraft.pipelines.source`
 * (`auto` | `cloudwatch` | `simulated`) overrides the choice.
 */
function readSource(config: Config): MetricsSourceKind {
  const setting = config.getOptionalString(`${ROOT}.source`) ?? 'auto';
  if (setting === 'cloudwatch' || setting === 'simulated') return setting;
  if (setting !== 'auto') {
    throw new Error(
      `${ROOT}.source must be auto, cloudwatch or simulated; got "${setting}"`,
    );
  }
  return config.has('aws') ? 'cloudwatch' : 'simulated';
}

function readHeadroom(config: Config): number {
  const key = `${ROOT}.capacity.headroom`;
  const headroom = config.getOptionalNumber(key) ?? DEFAULT_CAPACITY_HEADROOM;
  if (!(headroom >= 1) || !Number.isFinite(headroom)) {
    throw new Error(`${key} must be a number of at least 1; got ${headroom}`);
  }
  return headroom;
}

/** Whether `backend.cache` is a store every replica reaches (not the default in-process memory). */
function sharedStore(config: Config): boolean {
  const store = config.getOptionalString('backend.cache.store') ?? 'memory';
  return store !== 'memory';
}

/** Reads `stagecraft.pipelines`; a bad value throws naming the key. */
export function readPipelinesBackendConfig(
  config: Config,
): PipelinesBackendConfig {
  return {
    source: readSource(config),
    thresholds: readThresholdsConfig(config),
    softTimeoutMs: config.getOptionalNumber(`${ROOT}.cloudwatch.softTimeoutMs`),
    hardTimeoutMs: config.getOptionalNumber(`${ROOT}.cloudwatch.hardTimeoutMs`),
    requestTimeoutMs: config.getOptionalNumber(`${ROOT}.aws.requestTimeoutMs`),
    replicasShareCache: sharedStore(config),
    cloudWatchEndpoint: config.getOptionalString(`${ROOT}.cloudwatch.endpoint`),
    capacityHeadroom: readHeadroom(config),
  };
}
