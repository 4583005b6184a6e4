import { AwsTarget } from '@stagecraft/plugin-pipelines-common';
import { callAws, StageCall } from '../aws/callAws';
import { AwsClientFactory, AwsLocation } from '../aws/clients';
import {
  AwsStageLookupOptions,
  awsStageLookup,
  stageCacheKey,
} from '../aws/awsStageLookup';
import { listEventSourceMappings, listStreamConsumers } from '../aws/listings';
import { CachedLookup } from '../cache/CachedLookup';
import { SharedCache } from '../cache/SharedCache';
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

export type AwsEdgeObserverOptions = AwsStageLookupOptions;

/**
 * Reads the edges AWS knows of: a Lambda's event source mappings
 * (`lambda:ListEventSourceMappings`) and a Kinesis stream's enhanced fan-out consumers
 * (`kinesis:ListStreamConsumers`), every page, cached like the live configuration.
 * Metadata calls only. A failed, throttled, denied or slow call is an error observation
 * for that stage alone, never an empty list.
 */
export class AwsEdgeObserver implements EdgeObserver {
  readonly kind = 'cloudwatch' as const;
  private readonly lookup: CachedLookup<Observed>;

  constructor(
    private readonly clients: AwsClientFactory,
    cache: SharedCache,
    private readonly options: AwsEdgeObserverOptions = {},
  ) {
    this.lookup = awsStageLookup(cache, options);
  }

  async observe({
    target,
  }: EdgeObservationRequest): Promise<StageEdgeObservation> {
    const operation = operationOf(target);
    const key = stageCacheKey(
      'edges',
      target,
      target.arn ?? target.dimensionValue,
    );
    const { value, freshness } = await this.lookup.get(key, signal =>
      this.read(target, signal),
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

  private read(target: AwsTarget, signal: AbortSignal): Promise<Observed> {
    const at = { accountId: target.accountId, region: target.region };
    const call: StageCall = (operation, run) =>
      callAws({ ...at, operation }, run, signal, this.options);
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
