import { KinesisClient } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';

/** Mocked Lambda and Kinesis clients: what edge drift lists (mappings and stream consumers). */
export function mockEdgeClients() {
  return {
    lambda: mockClient(LambdaClient),
    kinesis: mockClient(KinesisClient),
  };
}
