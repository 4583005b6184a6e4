import { DescribeDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import { DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import {
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
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
import { AwsStageSource } from '../aws/AwsStageSource';
import { StageCall } from '../aws/callAws';
import { AwsLocation } from '../aws/clients';
import { listEventSourceMappings, listStreamConsumers } from '../aws/listings';
import { LiveConfigRequest, LiveConfigResult, LiveConfigSource } from './types';

/**
 * Live configuration read from the AWS APIs (Kinesis, Lambda, SQS, Firehose, Step Functions),
 * cached for a few minutes through the cache service, stale-on-error.
 */
export class AwsLiveConfigSource
  extends AwsStageSource<StageLiveConfig>
  implements LiveConfigSource
{
  async getConfig(request: LiveConfigRequest): Promise<LiveConfigResult> {
    const { target } = request;
    const { value, freshness } = await this.reads.get(
      'config',
      target,
      target.dimensionValue,
      (at, call) => this.read(target, at, call),
    );
    return { config: value, freshness };
  }

  private async read(
    target: AwsTarget,
    at: AwsLocation,
    call: StageCall,
  ): Promise<StageLiveConfig> {
    switch (target.stageType) {
      case 'kinesis-stream':
        return this.readKinesis(at, target, call);
      case 'lambda-function':
        return this.readLambda(at, target, call);
      case 'sqs-queue':
        return this.readSqs(at, target, call);
      case 'firehose-delivery-stream':
        return this.readFirehose(at, target, call);
      case 'state-machine':
        return this.readStateMachine(at, target, call);
      default:
        throw new Error(`No live configuration for ${target.stageType}`);
    }
  }

  private async readKinesis(
    at: AwsLocation,
    target: AwsTarget,
    call: StageCall,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.kinesis(at);
    const { StreamDescriptionSummary: s } = await call(
      'kinesis:DescribeStreamSummary',
      abortSignal =>
        client.send(
          new DescribeStreamSummaryCommand(
            target.arn
              ? { StreamARN: target.arn }
              : { StreamName: target.resourceName },
          ),
          { abortSignal },
        ),
    );
    const streamArn = s?.StreamARN ?? target.arn;
    const consumers = streamArn
      ? await listStreamConsumers(client, streamArn, call)
      : [];
    return {
      type: 'kinesis-stream',
      status: s?.StreamStatus,
      mode: s?.StreamModeDetails?.StreamMode,
      openShardCount: s?.OpenShardCount,
      retentionHours: s?.RetentionPeriodHours,
      encryption: s?.EncryptionType,
      consumers: consumers.map(c => ({
        name: c.ConsumerName ?? '?',
        status: c.ConsumerStatus,
      })),
    };
  }

  private async readLambda(
    at: AwsLocation,
    target: AwsTarget,
    call: StageCall,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.lambda(at);
    const FunctionName = target.arn ?? target.resourceName;
    const [fn, concurrency] = await Promise.all([
      call('lambda:GetFunctionConfiguration', abortSignal =>
        client.send(new GetFunctionConfigurationCommand({ FunctionName }), {
          abortSignal,
        }),
      ),
      call('lambda:GetFunctionConcurrency', abortSignal =>
        client.send(new GetFunctionConcurrencyCommand({ FunctionName }), {
          abortSignal,
        }),
      ),
    ]);
    const mappings = await listEventSourceMappings(client, FunctionName, call);
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
          maximumConcurrency: m.ScalingConfig?.MaximumConcurrency,
        }),
      ),
    };
  }

  private async readSqs(
    at: AwsLocation,
    target: AwsTarget,
    call: StageCall,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sqs(at);
    const { QueueUrl } = await call('sqs:GetQueueUrl', abortSignal =>
      client.send(
        new GetQueueUrlCommand({
          QueueName: target.resourceName,
          ...(target.accountId
            ? { QueueOwnerAWSAccountId: target.accountId }
            : {}),
        }),
        { abortSignal },
      ),
    );
    const { Attributes: a = {} } = await call(
      'sqs:GetQueueAttributes',
      abortSignal =>
        client.send(
          new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
          { abortSignal },
        ),
    );
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
    call: StageCall,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.firehose(at);
    const { DeliveryStreamDescription: d } = await call(
      'firehose:DescribeDeliveryStream',
      abortSignal =>
        client.send(
          new DescribeDeliveryStreamCommand({
            DeliveryStreamName: target.resourceName,
          }),
          { abortSignal },
        ),
    );
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
    call: StageCall,
  ): Promise<StageLiveConfig> {
    const client = await this.clients.sfn(at);
    const arn =
      target.arn ??
      `arn:aws:states:${target.region}:${target.accountId}:stateMachine:${target.resourceName}`;
    const out = await call('states:DescribeStateMachine', abortSignal =>
      client.send(new DescribeStateMachineCommand({ stateMachineArn: arn }), {
        abortSignal,
      }),
    );
    return {
      type: 'state-machine',
      machineType: out.type,
      status: out.status,
      loggingLevel: out.loggingConfiguration?.level,
      tracingEnabled: out.tracingConfiguration?.enabled,
    };
  }
}
