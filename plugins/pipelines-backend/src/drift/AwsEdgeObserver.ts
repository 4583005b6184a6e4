import { AwsTarget } from '@stagecraft/plugin-pipelines-common';
import { AwsStageReadsOptions } from '../aws/AwsStageReads';
import { AwsStageSource } from '../aws/AwsStageSource';
import { StageCall } from '../aws/callAws';
import { AwsLocation } from '../aws/clients';
import { listEventSourceMappings, listStreamConsumers } from '../aws/listings';
import {
  EdgeObservationRequest,
  EdgeObserver,
  ObservedConsumer,
  ObservedMapping,
  StageEdgeObservation,
  operationOf,
} from './types';

type Observed =
  | { mappings: ObservedMapping[] }
  | { consumers: ObservedConsumer[] };

export type AwsEdgeObserverOptions = AwsStageReadsOptions;

/**
 * Reads the edges AWS knows of: a Lambda's event source mappings
 * (`lambda:ListEventSourceMappings`) and a Kinesis stream's enhanced fan-out consumers
 * (`kinesis:ListStreamConsumers`), every page, cached like the live configuration.
 * Metadata calls only. A failed, throttled, denied or slow call is an error observation
 * for that stage alone, never an empty list.
 */
export class AwsEdgeObserver
  extends AwsStageSource<Observed>
  implements EdgeObserver
{
  async observe({
    target,
  }: EdgeObservationRequest): Promise<StageEdgeObservation> {
    const operation = operationOf(target);
    const { value, freshness } = await this.reads.get(
      'edges',
      target,
      target.arn ?? target.dimensionValue,
      (at, call) => this.read(target, at, call),
    );
    // A stale copy is not evidence of what AWS has now: the stage is unknown.
    if (freshness.error || !value) {
      return {
        operation,
        error: freshness.error ?? `No answer from AWS (${operation})`,
      };
    }
    return 'mappings' in value
      ? { operation: 'lambda:ListEventSourceMappings', ...value }
      : { operation: 'kinesis:ListStreamConsumers', ...value };
  }

  private read(
    target: AwsTarget,
    at: AwsLocation,
    call: StageCall,
  ): Promise<Observed> {
    if (target.stageType === 'kinesis-stream') {
      return this.readConsumers(at, target, call);
    }
    if (target.stageType === 'lambda-function') {
      return this.readMappings(at, target, call);
    }
    throw new Error(`AWS reports no edges of a ${target.stageType}`);
  }

  private async readMappings(
    at: AwsLocation,
    target: AwsTarget,
    call: StageCall,
  ): Promise<Observed> {
    const client = await this.clients.lambda(at);
    const mappings = await listEventSourceMappings(
      client,
      target.arn ?? target.resourceName,
      call,
    );
    return {
      mappings: mappings.map(m => ({
        uuid: m.UUID,
        eventSourceArn: m.EventSourceArn,
        state: m.State,
      })),
    };
  }

  private async readConsumers(
    at: AwsLocation,
    target: AwsTarget,
    call: StageCall,
  ): Promise<Observed> {
    if (!target.arn) {
      throw new Error(
        'kinesis:ListStreamConsumers needs the stream ARN (amazonaws.com/arn)',
      );
    }
    const client = await this.clients.kinesis(at);
    const consumers = await listStreamConsumers(client, target.arn, call);
    return {
      consumers: consumers.map(c => ({
        name: c.ConsumerName ?? '?',
        arn: c.ConsumerARN,
        status: c.ConsumerStatus,
      })),
    };
  }
}
