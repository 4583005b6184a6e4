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
import { AwsClientFactory, AwsLocation } from '../aws/clients';
import { CachedLookup } from '../cache/CachedLookup';
import { SharedCache } from '../cache/SharedCache';
import { LiveConfigRequest, LiveConfigResult, LiveConfigSource } from './types';

/** An operation name rides along with each call so errors can say what failed. */
type Call<T> = { operation: string; run: () => Promise<T> };

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
    } = {},
  ) {
    this.lookup = new CachedLookup<StageLiveConfig>({
      cache,
      ttlMs: options.ttlMs ?? 5 * 60_000,
      clock: options.clock,
      softTimeoutMs: options.softTimeoutMs,
      describeError: error => (error as Error).message,
    });
  }

  async getConfig(request: LiveConfigRequest): Promise<LiveConfigResult> {
    const { target } = request;
    const key = `config:v1:${target.accountId || 'default'}:${target.region}:${
      target.stageType
    }:${target.dimensionValue}`;
    const { value, freshness } = await this.lookup.get(key, () =>
      this.read(target),
    );
    return { config: value, freshness };
  }

  private async call<T>(
    at: AwsLocation,
    { operation, run }: Call<T>,
  ): Promise<T> {
    try {
      return await withThrottlingBackoff(
        run,
        this.options.backoff ?? DEFAULT_BACKOFF,
      );
    } catch (error) {
      throw describeAwsError(error, { ...at, operation });
    }
  }

  private async read(target: AwsTarget): Promise<StageLiveConfig> {
    const at: AwsLocation = {
      accountId: target.accountId,
      region: target.region,
    };
    switch (target.stageType) {
      case 'kinesis-stream':
        return this.readKinesis(at, target);
      case 'lambda-function':
        return this.readLambda(at, target);
      case 'sqs-queue':
        return this.readSqs(at, target);
      case 'firehose-delivery-stream':
        return this.readFirehose(at, target);
      case 'state-machine':
        return this.readStateMachine(at, target);
      default:
        throw new Error(`No live configuration for ${target.stageType}`);
    }
  }

  private async readKinesis(
    at: AwsLocation,
    target: AwsTarget,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.kinesis(at);
    const { StreamDescriptionSummary: s } = await this.call(at, {
      operation: 'kinesis:DescribeStreamSummary',
      run: () =>
        client.send(
          new DescribeStreamSummaryCommand(
            target.arn
              ? { StreamARN: target.arn }
              : { StreamName: target.resourceName },
          ),
        ),
    });
    const consumers: { name: string; status?: string }[] = [];
    const streamArn = s?.StreamARN ?? target.arn;
    if (streamArn) {
      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const page = await this.call(at, {
          operation: 'kinesis:ListStreamConsumers',
          run: () =>
            client.send(
              new ListStreamConsumersCommand(
                token
                  ? { StreamARN: streamArn, NextToken: token }
                  : { StreamARN: streamArn },
              ),
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
  ): Promise<StageLiveConfig> {
    const client = await this.clients.lambda(at);
    const FunctionName = target.arn ?? target.resourceName;
    const [fn, concurrency] = await Promise.all([
      this.call(at, {
        operation: 'lambda:GetFunctionConfiguration',
        run: () =>
          client.send(new GetFunctionConfigurationCommand({ FunctionName })),
      }),
      this.call(at, {
        operation: 'lambda:GetFunctionConcurrency',
        run: () =>
          client.send(new GetFunctionConcurrencyCommand({ FunctionName })),
      }),
    ]);
    const mappings: EventSourceMappingConfiguration[] = [];
    let marker: string | undefined;
    do {
      const m = marker;
      const page = await this.call(at, {
        operation: 'lambda:ListEventSourceMappings',
        run: () =>
          client.send(
            new ListEventSourceMappingsCommand(
              m ? { FunctionName, Marker: m } : { FunctionName },
            ),
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
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sqs(at);
    const { QueueUrl } = await this.call(at, {
      operation: 'sqs:GetQueueUrl',
      run: () =>
        client.send(
          new GetQueueUrlCommand({
            QueueName: target.resourceName,
            ...(target.accountId
              ? { QueueOwnerAWSAccountId: target.accountId }
              : {}),
          }),
        ),
    });
    const { Attributes: a = {} } = await this.call(at, {
      operation: 'sqs:GetQueueAttributes',
      run: () =>
        client.send(
          new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
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
  ): Promise<StageLiveConfig> {
    const client = await this.clients.firehose(at);
    const { DeliveryStreamDescription: d } = await this.call(at, {
      operation: 'firehose:DescribeDeliveryStream',
      run: () =>
        client.send(
          new DescribeDeliveryStreamCommand({
            DeliveryStreamName: target.resourceName,
          }),
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
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sfn(at);
    const arn =
      target.arn ??
      `arn:aws:states:${target.region}:${target.accountId}:stateMachine:${target.resourceName}`;
    const out = await this.call(at, {
      operation: 'states:DescribeStateMachine',
      run: () =>
        client.send(new DescribeStateMachineCommand({ stateMachineArn: arn })),
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
