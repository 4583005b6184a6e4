import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { FirehoseClient } from '@aws-sdk/client-firehose';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { AwsCredentialsManager } from '@backstage/integration-aws-node';
import { describeAwsError } from './awsErrors';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './deadline';
import { BoundedTtlMap } from '../cache/BoundedTtlMap';

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
}

type ClientConstructor<C> = new (config: {
  region: string;
  credentials: unknown;
  maxAttempts: number;
  requestHandler: { requestTimeout: number; connectionTimeout: number };
}) => C;

export interface AwsClientFactoryOptions {
  /** The SDK abandons a request after this long (and a connection attempt after a third of it). */
  requestTimeoutMs?: number;
  /** Clients kept at most (one per service, account and region named in the catalog). */
  maxClients?: number;
}

/**
 * Builds clients with `DefaultAwsCredentialsManager` credentials and keeps one per
 * service, account and region. Retries are ours (see `withThrottlingBackoff`), so the
 * SDK's own are off.
 */
export class DefaultAwsClientFactory implements AwsClientFactory {
  private readonly clients: BoundedTtlMap<string, Promise<unknown>>;
  private readonly requestTimeoutMs: number;

  constructor(
    private readonly credentialsManager: AwsCredentialsManager,
    options: AwsClientFactoryOptions = {},
  ) {
    this.requestTimeoutMs =
      options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.clients = new BoundedTtlMap({
      maxEntries: options.maxClients ?? 200,
      ttlMs: 3_600_000,
    });
  }

  private get<C>(
    service: string,
    SdkClient: new (...config: never) => C,
    at: AwsLocation,
  ): Promise<C> {
    // Each SDK client has its own config type; every one takes the options set here.
    const Ctor = SdkClient as ClientConstructor<C>;
    const key = `${service}:${at.accountId}:${at.region}`;
    let client = this.clients.get(key) as Promise<C> | undefined;
    if (!client) {
      client = (async () => {
        try {
          const provider = await this.credentialsManager.getCredentialProvider(
            at.accountId ? { accountId: at.accountId } : {},
          );
          return new Ctor({
            region: at.region,
            credentials: provider.sdkCredentialProvider,
            maxAttempts: 1,
            requestHandler: {
              requestTimeout: this.requestTimeoutMs,
              connectionTimeout: Math.ceil(this.requestTimeoutMs / 3),
            },
          });
        } catch (error) {
          throw describeAwsError(error, { ...at, operation: 'credentials' });
        }
      })();
      this.clients.set(key, client);
      // Do not keep a failure: the configuration may be fixed, or the STS hiccup pass.
      client.catch(() => this.clients.delete(key));
    }
    return client;
  }

  cloudWatch(at: AwsLocation) {
    return this.get('cloudwatch', CloudWatchClient, at);
  }
  kinesis(at: AwsLocation) {
    return this.get('kinesis', KinesisClient, at);
  }
  lambda(at: AwsLocation) {
    return this.get('lambda', LambdaClient, at);
  }
  sqs(at: AwsLocation) {
    return this.get('sqs', SQSClient, at);
  }
  firehose(at: AwsLocation) {
    return this.get('firehose', FirehoseClient, at);
  }
  sfn(at: AwsLocation) {
    return this.get('sfn', SFNClient, at);
  }
}
