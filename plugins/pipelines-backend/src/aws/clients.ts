import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FirehoseClient } from '@aws-sdk/client-firehose';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import {
  AwsCredentialsSource,
  awsClients,
  describeAwsError,
} from '@stagecraft/backend-node';

/** Where a client talks to. An empty account id means the default (`aws.mainAccount`) account. */
export interface AwsLocation {
  accountId: string;
  region: string;
}

/** SDK v3 clients per account and region, with credentials from the `aws` app-config. */
export interface AwsClientFactory {
  cloudWatch(at: AwsLocation): Promise<CloudWatchClient>;
  kinesis(at: AwsLocation): Promise<KinesisClient>;
  lambda(at: AwsLocation): Promise<LambdaClient>;
  sqs(at: AwsLocation): Promise<SQSClient>;
  firehose(at: AwsLocation): Promise<FirehoseClient>;
  sfn(at: AwsLocation): Promise<SFNClient>;
  dynamoDb(at: AwsLocation): Promise<DynamoDBClient>;
  applicationAutoScaling(
    at: AwsLocation,
  ): Promise<ApplicationAutoScalingClient>;
}

export interface AwsClientFactoryOptions {
  /** The SDK abandons a request after this long (and a connection attempt after a third of it). */
  requestTimeoutMs?: number;
  /** Clients kept at most per service (one per account and region named in the catalog). */
  maxClients?: number;
  /** Where CloudWatch is called instead of AWS's regional endpoint (a VPC endpoint, a local stand-in). */
  cloudWatchEndpoint?: string;
}

/** CloudWatch clients sending to `endpoint`, whatever their region. */
function cloudWatchAt(endpoint: string | undefined): typeof CloudWatchClient {
  if (!endpoint) return CloudWatchClient;
  return class extends CloudWatchClient {
    constructor(...[config]: ConstructorParameters<typeof CloudWatchClient>) {
      super({ ...config, endpoint });
    }
  };
}

/**
 * Clients with the credentials of `DefaultAwsCredentialsManager` (backend-node's
 * `awsClients`), at most `maxClients` per service, each kept for an hour. Retries are ours
 * (see `withThrottlingBackoff`), so the SDK's own are off. A credential lookup that fails
 * is an `AwsCallError` naming the account and region.
 */
export function defaultAwsClientFactory(
  credentials: AwsCredentialsSource,
  options: AwsClientFactoryOptions = {},
): AwsClientFactory {
  const of = <C>(SdkClient: new (...config: never) => C) => {
    const clients = awsClients(SdkClient, credentials, {
      requestTimeoutMs: options.requestTimeoutMs,
      maxAttempts: 1,
      maxClients: options.maxClients ?? 200,
      clientTtlMs: 3_600_000,
    });
    return (at: AwsLocation) =>
      clients(at).catch(error => {
        throw describeAwsError(error, { ...at, operation: 'credentials' });
      });
  };
  return {
    cloudWatch: of(cloudWatchAt(options.cloudWatchEndpoint)),
    kinesis: of(KinesisClient),
    lambda: of(LambdaClient),
    sqs: of(SQSClient),
    firehose: of(FirehoseClient),
    sfn: of(SFNClient),
    dynamoDb: of(DynamoDBClient),
    applicationAutoScaling: of(ApplicationAutoScalingClient),
  };
}
