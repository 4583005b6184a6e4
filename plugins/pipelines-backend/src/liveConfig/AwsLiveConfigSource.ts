import { DescribeDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import {
  DescribeStreamSummaryCommand,
  ListStreamConsumersCommand,
} from '@aws-sdk/client-kinesis';
import {
  EventSourceMappingConfiguration,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  ListEventSourceMappingsCommand,
} from '@aws-sdk/client-lambda';
import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
} from '@aws-sdk/client-sqs';
import {
  AwsTarget,
  EventSourceMappingConfig,
  StageLiveConfig,
} from '@stagecraft/plugin-pipelines-common';
import { describeAwsError } from '../aws/awsErrors';
import {
  BackoffOptions,
  DEFAULT_BACKOFF,
  withThrottlingBackoff,
} from '../aws/backoff';
import { DEFAULT_REQUEST_TIMEOUT_MS, withDeadline } from '../aws/deadline';
import { AwsClientFactory, AwsLocation } from '../aws/clients';
import { CachedLookup } from '../cache/CachedLookup';
import { SharedCache } from '../cache/SharedCache';
import { LiveConfigRequest, LiveConfigResult, LiveConfigSource } from './types';

/** An operation name rides along with each call so errors can say what failed. */
type Call<T> = {
  operation: string;
  run: (abortSignal: AbortSignal) => Promise<T>;
};

function describeLookupError(error: unknown): string {
  const { name, message } = (error ?? {}) as Error;
  return name === 'TimeoutError'
    ? `AWS did not answer in time: ${message}`
    : String(message ?? error);
}

/**
 * Live configuration read from the AWS APIs (Kinesis, Lambda, SQS, Firehose, Step Functions),
 * cached for a few minutes through the cache service, stale-on-error.
 */
export class AwsLiveConfigSource implements LiveConfigSource {
  readonly kind = 'cloudwatch' as const;
  private readonly lookup: CachedLookup<StageLiveConfig>;

  constructor(
    private readonly clients: AwsClientFactory,
    cache: SharedCache,
    private readonly options: {
      ttlMs?: number;
      backoff?: BackoffOptions;
      clock?: () => number;
      softTimeoutMs?: number;
      /** Each AWS request is abandoned after this long. */
      requestTimeoutMs?: number;
      /** Reading one stage's configuration (all its requests) is abandoned after this long. */
      hardTimeoutMs?: number;
      failureHoldMs?: number;
    } = {},
  ) {
    this.lookup = new CachedLookup<StageLiveConfig>({
      cache,
      ttlMs: options.ttlMs ?? 5 * 60_000,
      clock: options.clock,
      softTimeoutMs: options.softTimeoutMs,
      hardTimeoutMs: options.hardTimeoutMs,
      failureHoldMs: options.failureHoldMs,
      describeError: describeLookupError,
    });
  }

  async getConfig(request: LiveConfigRequest): Promise<LiveConfigResult> {
    const { target } = request;
    const key = `config:v1:${target.accountId || 'default'}:${target.region}:${
      target.stageType
    }:${target.dimensionValue}`;
    const { value, freshness } = await this.lookup.get(key, signal =>
      this.read(target, signal),
    );
    return { config: value, freshness };
  }

  private async call<T>(
    at: AwsLocation,
    signal: AbortSignal,
    { operation, run }: Call<T>,
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

  private async read(
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const at: AwsLocation = {
      accountId: target.accountId,
      region: target.region,
    };
    switch (target.stageType) {
      case 'kinesis-stream':
        return this.readKinesis(at, target, signal);
      case 'lambda-function':
        return this.readLambda(at, target, signal);
      case 'sqs-queue':
        return this.readSqs(at, target, signal);
      case 'firehose-delivery-stream':
        return this.readFirehose(at, target, signal);
      case 'state-machine':
        return this.readStateMachine(at, target, signal);
      default:
        throw new Error(`No live configuration for ${target.stageType}`);
    }
  }

  private async readKinesis(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.kinesis(at);
    const { StreamDescriptionSummary: s } = await this.call(at, signal, {
      operation: 'kinesis:DescribeStreamSummary',
      run: abortSignal =>
        client.send(
          new DescribeStreamSummaryCommand(
            target.arn
              ? { StreamARN: target.arn }
              : { StreamName: target.resourceName },
          ),
          { abortSignal },
        ),
    });
    const consumers: { name: string; status?: string }[] = [];
    const streamArn = s?.StreamARN ?? target.arn;
    if (streamArn) {
      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const page = await this.call(at, signal, {
          operation: 'kinesis:ListStreamConsumers',
          run: abortSignal =>
            client.send(
              new ListStreamConsumersCommand(
                token
                  ? { StreamARN: streamArn, NextToken: token }
                  : { StreamARN: streamArn },
              ),
              { abortSignal },
            ),
        });
        for (const c of page.Consumers ?? []) {
          consumers.push({
            name: c.ConsumerName ?? '?',
            status: c.ConsumerStatus,
          });
        }
        nextToken = page.NextToken;
      } while (nextToken);
    }
    return {
      type: 'kinesis-stream',
      status: s?.StreamStatus,
      mode: s?.StreamModeDetails?.StreamMode,
      openShardCount: s?.OpenShardCount,
      retentionHours: s?.RetentionPeriodHours,
      encryption: s?.EncryptionType,
      consumers,
    };
  }

  private async readLambda(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.lambda(at);
    const FunctionName = target.arn ?? target.resourceName;
    const [fn, concurrency] = await Promise.all([
      this.call(at, signal, {
        operation: 'lambda:GetFunctionConfiguration',
        run: abortSignal =>
          client.send(new GetFunctionConfigurationCommand({ FunctionName }), {
            abortSignal,
          }),
      }),
      this.call(at, signal, {
        operation: 'lambda:GetFunctionConcurrency',
        run: abortSignal =>
          client.send(new GetFunctionConcurrencyCommand({ FunctionName }), {
            abortSignal,
          }),
      }),
    ]);
    const mappings: EventSourceMappingConfiguration[] = [];
    let marker: string | undefined;
    do {
      const m = marker;
      const page = await this.call(at, signal, {
        operation: 'lambda:ListEventSourceMappings',
        run: abortSignal =>
          client.send(
            new ListEventSourceMappingsCommand(
              m ? { FunctionName, Marker: m } : { FunctionName },
            ),
            { abortSignal },
          ),
      });
      mappings.push(...(page.EventSourceMappings ?? []));
      marker = page.NextMarker;
    } while (marker);
    return {
      type: 'lambda-function',
      runtime: fn.Runtime,
      memoryMb: fn.MemorySize,
      timeoutSeconds: fn.Timeout,
      lastModified: fn.LastModified,
      reservedConcurrency: concurrency.ReservedConcurrentExecutions ?? null,
      eventSourceMappings: mappings.map(
        (m): EventSourceMappingConfig => ({
          uuid: m.UUID,
          eventSourceArn: m.EventSourceArn,
          state: m.State,
          batchSize: m.BatchSize,
          maximumBatchingWindowSeconds: m.MaximumBatchingWindowInSeconds,
          parallelizationFactor: m.ParallelizationFactor,
          startingPosition: m.StartingPosition,
          onFailureDestination: m.DestinationConfig?.OnFailure?.Destination,
        }),
      ),
    };
  }

  private async readSqs(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sqs(at);
    const { QueueUrl } = await this.call(at, signal, {
      operation: 'sqs:GetQueueUrl',
      run: abortSignal =>
        client.send(
          new GetQueueUrlCommand({
            QueueName: target.resourceName,
            ...(target.accountId
              ? { QueueOwnerAWSAccountId: target.accountId }
              : {}),
          }),
          { abortSignal },
        ),
    });
    const { Attributes: a = {} } = await this.call(at, signal, {
      operation: 'sqs:GetQueueAttributes',
      run: abortSignal =>
        client.send(
          new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
          { abortSignal },
        ),
    });
    let redrive: {
      deadLetterTargetArn?: string;
      maxReceiveCount?: number | string;
    } = {};
    try {
      redrive = a.RedrivePolicy ? JSON.parse(a.RedrivePolicy) : {};
    } catch {
      redrive = {};
    }
    const num = (v?: string | number) =>
      v === undefined ? undefined : Number(v);
    return {
      type: 'sqs-queue',
      fifo: a.FifoQueue === 'true',
      visibilityTimeoutSeconds: num(a.VisibilityTimeout),
      messageRetentionSeconds: num(a.MessageRetentionPeriod),
      deadLetterTargetArn: redrive.deadLetterTargetArn,
      maxReceiveCount: num(redrive.maxReceiveCount),
    };
  }

  private async readFirehose(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.firehose(at);
    const { DeliveryStreamDescription: d } = await this.call(at, signal, {
      operation: 'firehose:DescribeDeliveryStream',
      run: abortSignal =>
        client.send(
          new DescribeDeliveryStreamCommand({
            DeliveryStreamName: target.resourceName,
          }),
          { abortSignal },
        ),
    });
    const destination = d?.Destinations?.[0];
    const s3 =
      destination?.ExtendedS3DestinationDescription ??
      destination?.S3DestinationDescription;
    return {
      type: 'firehose-delivery-stream',
      status: d?.DeliveryStreamStatus,
      sourceType: d?.DeliveryStreamType,
      sourceArn: d?.Source?.KinesisStreamSourceDescription?.KinesisStreamARN,
      destination: s3?.BucketARN,
      bufferingSeconds: s3?.BufferingHints?.IntervalInSeconds,
      bufferingMb: s3?.BufferingHints?.SizeInMBs,
    };
  }

  private async readStateMachine(
    at: AwsLocation,
    target: AwsTarget,
    signal: AbortSignal,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sfn(at);
    const arn =
      target.arn ??
      `arn:aws:states:${target.region}:${target.accountId}:stateMachine:${target.resourceName}`;
    const out = await this.call(at, signal, {
      operation: 'states:DescribeStateMachine',
      run: abortSignal =>
        client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }), {
          abortSignal,
        }),
    });
    return {
      type: 'state-machine',
      machineType: out.type,
      status: out.status,
      loggingLevel: out.loggingConfiguration?.level,
      tracingEnabled: out.tracingConfiguration?.enabled,
    };
  }
}
