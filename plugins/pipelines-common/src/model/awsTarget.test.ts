import { Entity } from '@backstage/catalog-model';
import { resolveAwsTarget } from './awsTarget';

function entity(
  kind: string,
  type: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', annotations },
    spec: { type },
  };
}

describe('resolveAwsTarget', () => {
  it.each([
    [
      'Resource',
      'kinesis-stream',
      'arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod',
      'raw-events-prod',
      'raw-events-prod',
    ],
    [
      'Component',
      'lambda-function',
      'arn:aws:lambda:eu-west-1:111122223333:function:event-processor-prod:live',
      'event-processor-prod',
      'event-processor-prod',
    ],
    [
      'Resource',
      'sqs-queue',
      'arn:aws:sqs:eu-west-1:111122223333:notification-whatsapp-prod.fifo',
      'notification-whatsapp-prod.fifo',
      'notification-whatsapp-prod.fifo',
    ],
    [
      'Resource',
      'firehose-delivery-stream',
      'arn:aws:firehose:eu-west-1:111122223333:deliverystream/events-lake-delivery-prod',
      'events-lake-delivery-prod',
      'events-lake-delivery-prod',
    ],
    [
      'Component',
      'state-machine',
      'arn:aws:states:eu-west-1:111122223333:stateMachine:notification-ingestion-prod',
      'notification-ingestion-prod',
      'arn:aws:states:eu-west-1:111122223333:stateMachine:notification-ingestion-prod',
    ],
  ])('reads the %s %s ARN', (kind, type, arn, name, dimension) => {
    const { target, problems } = resolveAwsTarget(
      entity(kind, type, { 'amazonaws.com/arn': arn }),
    );
    expect(problems).toEqual([]);
    expect(target).toMatchObject({
      stageType: type,
      accountId: '111122223333',
      region: 'eu-west-1',
      resourceName: name,
      dimensionValue: dimension,
    });
  });

  it("falls back to Roadie's Lambda annotations without an account", () => {
    const { target, problems } = resolveAwsTarget(
      entity('Component', 'lambda-function', {
        'aws.com/lambda-function-name': 'a-prod,b-prod',
        'aws.com/lambda-region': 'us-east-1',
      }),
    );
    expect(target).toEqual({
      stageType: 'lambda-function',
      accountId: '',
      region: 'us-east-1',
      resourceName: 'a-prod',
      dimensionValue: 'a-prod',
    });
    expect(problems).toEqual([
      'aws.com/lambda-function-name lists 2 functions; only the first (a-prod) is shown',
    ]);
  });

  it('reports a Roadie annotation that disagrees with the ARN and uses the ARN', () => {
    const { target, problems } = resolveAwsTarget(
      entity('Component', 'lambda-function', {
        'amazonaws.com/arn':
          'arn:aws:lambda:eu-west-1:111122223333:function:a-prod',
        'aws.com/lambda-function-name': 'b-prod',
        'aws.com/lambda-region': 'eu-west-1',
      }),
    );
    expect(target?.resourceName).toBe('a-prod');
    expect(problems[0]).toContain('disagree with amazonaws.com/arn');
  });

  it('names the annotation when the ARN is of the wrong service or malformed', () => {
    expect(
      resolveAwsTarget(
        entity('Resource', 'kinesis-stream', {
          'amazonaws.com/arn': 'arn:aws:sqs:eu-west-1:111122223333:q',
        }),
      ).problems,
    ).toEqual([
      'amazonaws.com/arn names an sqs resource but spec.type is kinesis-stream (expected an kinesis ARN)',
    ]);
    expect(
      resolveAwsTarget(
        entity('Resource', 'kinesis-stream', {
          'amazonaws.com/arn': 'stream-x',
        }),
      ).problems[0],
    ).toMatch(/^amazonaws.com\/arn "stream-x" is not an ARN/);
  });

  it('ignores entities that have no metrics', () => {
    expect(
      resolveAwsTarget(
        entity('Resource', 's3-bucket', {
          'amazonaws.com/arn': 'arn:aws:s3:::b',
        }),
      ),
    ).toEqual({ problems: [] });
  });
});
