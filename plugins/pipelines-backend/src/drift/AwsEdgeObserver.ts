import { ListStreamConsumersCommand } from '@aws-sdk/client-kinesis';
import { ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { AwsTarget } from '@stagecraft/plugin-pipelines-common';
import { describeAwsError } from '../aws/awsErrors';
import {
  BackoffOptions,
  DEFAULT_BACKOFF,
  withThrottlingBackoff,
} from '../aws/backoff';
import { AwsClientFactory, AwsLocation } from '../aws/clients';
import { DEFAULT_REQUEST_TIMEOUT_MS, withDeadline } from '../aws/deadline';
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

export interface AwsEdgeObserverOptions {
  ttlMs?: number;
  backoff?: BackoffOptions;
  clock?: () => number;
  softTimeoutMs?: number;
  /** Each AWS request is abandoned after this long. */
  requestTimeoutMs?: number;
  /** Reading one stage (all its pages) is abandoned after this long. */
  hardTimeoutMs?: number;
  failureHoldMs?: number;
}

function describeLookupError(error: unknown): string {
  const { name, message } = (error ?? {}) as Error;
  return name === 'TimeoutError'
    ? `AWS did not answer in time: ${message}`
    : String(message ?? error);
}

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
    this.lookup = new CachedLookup<Observed>({
      cache,
      ttlMs: options.ttlMs ?? 5 * 60_000,
      clock: options.clock,
      softTimeoutMs: options.softTimeoutMs,
      hardTimeoutMs: options.hardTimeoutMs,
      failureHoldMs: options.failureHoldMs,
      describeError: describeLookupError,
    });
  }

  async observe({
    target,
  }: EdgeObservationRequest): Promise<StageEdgeObservation> {
    const operation = operationOf(target);
    const key = `edges:v1:${target.accountId || 'default'}:${target.region}:${
      target.stageType
    }:${target.arn ?? target.dimensionValue}`;
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

  private async call<T>(
    at: AwsLocation,
    signal: AbortSignal,
    operation: string,
    run: (abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    try {
      return await withThrottlingBackoff(
        () =>
          withDeadline(
            run,
            this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            signal,
          ),
        { ...(this.options.backoff ?? DEFAULT_BACKOFF), signal },
      );
    } catch (error) {
      throw describeAwsError(error, { ...at, operation });
    }
  }

  private read(target: AwsTarget, signal: AbortSignal): Promise<Observed> {
    const at = { accountId: target.accountId, region: target.region };
    if (target.stageType === 'kinesis-stream') {
      return this.readConsumers(at, target, signal);
    }
    if (target.stageType === 'lambda-function') {
      return this.readMappings(at, target, signal);
    }
    throw new Error(`AWS reports no edges of a ${target.stageType}`);
  }

  private async readMappings(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<Observed> {
    const client = await this.clients.lambda(at);
    const FunctionName = target.arn ?? target.resourceName;
    const mappings: ObservedMapping[] = [];
    let marker: string | undefined;
    do {
      const Marker = marker;
      const page = await this.call(
        at,
        signal,
        'lambda:ListEventSourceMappings',
        abortSignal =>
          client.send(
            new ListEventSourceMappingsCommand(
              Marker ? { FunctionName, Marker } : { FunctionName },
            ),
            { abortSignal },
          ),
      );
      for (const m of page.EventSourceMappings ?? []) {
        mappings.push({
          uuid: m.UUID,
          eventSourceArn: m.EventSourceArn,
          state: m.State,
        });
      }
      marker = page.NextMarker;
    } while (marker);
    return { mappings };
  }

  private async readConsumers(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<Observed> {
    const StreamARN = target.arn;
    if (!StreamARN) {
      throw new Error(
        'kinesis:ListStreamConsumers needs the stream ARN (amazonaws.com/arn)',
      );
    }
    const client = await this.clients.kinesis(at);
    const consumers: ObservedConsumer[] = [];
    let nextToken: string | undefined;
    do {
      const NextToken = nextToken;
      const page = await this.call(
        at,
        signal,
        'kinesis:ListStreamConsumers',
        abortSignal =>
          client.send(
            new ListStreamConsumersCommand(
              NextToken ? { StreamARN, NextToken } : { StreamARN },
            ),
            { abortSignal },
          ),
      );
      for (const c of page.Consumers ?? []) {
        consumers.push({
          name: c.ConsumerName ?? '?',
          arn: c.ConsumerARN,
          status: c.ConsumerStatus,
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return { consumers };
  }
}
