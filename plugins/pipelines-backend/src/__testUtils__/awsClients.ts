import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FirehoseClient } from '@aws-sdk/client-firehose';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { AwsClientFactory, AwsLocation } from '../aws/clients';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' };

/** Where the unit tests ask AWS: the test account in eu-west-1. */
export const TEST_LOCATION: AwsLocation = {
  accountId: '111122223333',
  region: 'eu-west-1',
};

/**
 * Real SDK clients with dummy credentials; tests intercept `send` with aws-sdk-client-mock.
 * Records where each client was asked for.
 */
export class TestAwsClientFactory implements AwsClientFactory {
  readonly locations: string[] = [];

  private of<C>(Ctor: new (c: any) => C) {
    return (at: AwsLocation): Promise<C> => {
      this.locations.push(`${at.accountId}|${at.region}`);
      return Promise.resolve(
        new Ctor({ region: at.region, credentials, maxAttempts: 1 }),
      );
    };
  }

  readonly cloudWatch = this.of(CloudWatchClient);
  readonly kinesis = this.of(KinesisClient);
  readonly lambda = this.of(LambdaClient);
  readonly sqs = this.of(SQSClient);
  readonly firehose = this.of(FirehoseClient);
  readonly sfn = this.of(SFNClient);
  readonly dynamoDb = this.of(DynamoDBClient);
  readonly applicationAutoScaling = this.of(ApplicationAutoScalingClient);
}

/** An error shaped like the SDK's service exceptions. */
export function awsError(
  name: string,
  message: string,
  httpStatusCode = 400,
): Error {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode },
  });
}

export const noSleep = { sleep: async () => {}, random: () => 0.5 };
