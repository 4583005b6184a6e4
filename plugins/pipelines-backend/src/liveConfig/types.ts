import {
  AwsTarget,
  Freshness,
  MetricsSourceKind,
  StageLiveConfig,
} from '@stagecraft/plugin-pipelines-common';
import { SimulationHints } from '../metrics/types';

export interface LiveConfigRequest {
  target: AwsTarget;
  hints: SimulationHints & {
    /** ARNs of the streams and queues the stage reads from, per the catalog. */
    readsFromArns: string[];
    /** ARNs of the dead-letter queues the stage writes to, per the catalog. */
    deadLetterArns: string[];
  };
}

export interface LiveConfigResult {
  config?: StageLiveConfig;
  freshness: Freshness;
}

export interface LiveConfigSource {
  readonly kind: MetricsSourceKind;
  getConfig(request: LiveConfigRequest): Promise<LiveConfigResult>;
}
