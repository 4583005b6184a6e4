import {
  AwsTarget,
  DriftCheckOperation,
  MetricsSourceKind,
} from '@stagecraft/plugin-pipelines-common';

/** A Lambda event source mapping as `lambda:ListEventSourceMappings` reports it. */
export interface ObservedMapping {
  uuid?: string;
  eventSourceArn?: string;
  state?: string;
}

/** A Kinesis enhanced fan-out consumer as `kinesis:ListStreamConsumers` reports it. */
export interface ObservedConsumer {
  name: string;
  arn?: string;
  status?: string;
}

/** What AWS says about one stage's edges, or why it could not be asked. */
export type StageEdgeObservation =
  | { operation: 'lambda:ListEventSourceMappings'; mappings: ObservedMapping[] }
  | { operation: 'kinesis:ListStreamConsumers'; consumers: ObservedConsumer[] }
  | { operation: DriftCheckOperation; error: string };

export interface EdgeObservationRequest {
  target: AwsTarget;
  /** For the simulated observer: what the catalog says, so its made-up AWS side is plausible. */
  hints: {
    seed: string;
    /** ARNs of the streams and queues the stage declares it reads from. */
    declaredSourceArns: string[];
    /** ARNs of the dead-letter queues the stage writes to. */
    deadLetterArns: string[];
  };
}

/** Asks AWS (or simulates) which edges a Lambda or a Kinesis stream has. */
export interface EdgeObserver {
  readonly kind: MetricsSourceKind;
  observe(request: EdgeObservationRequest): Promise<StageEdgeObservation>;
}

/** Stage types whose edges AWS can tell. */
export const OBSERVED_STAGE_TYPES = ['lambda-function', 'kinesis-stream'];

/** The AWS call that tells a stage's edges. */
export function operationOf(target: AwsTarget): DriftCheckOperation {
  return target.stageType === 'kinesis-stream'
    ? 'kinesis:ListStreamConsumers'
    : 'lambda:ListEventSourceMappings';
}
