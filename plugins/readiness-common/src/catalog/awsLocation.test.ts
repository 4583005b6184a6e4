import { awsLocationOf } from './awsLocation';
import { component } from '../__testUtils__/entities';

describe('awsLocationOf', () => {
  it('reads account and region from the ARN, or the Lambda region annotation', () => {
    expect(
      awsLocationOf(
        component('x', {
          annotations: {
            'amazonaws.com/arn': 'arn:aws:sqs:eu-west-1:111122223333:q',
          },
        }),
      ),
    ).toEqual({ accountId: '111122223333', region: 'eu-west-1' });
    expect(
      awsLocationOf(
        component('x', {
          annotations: { 'amazonaws.com/arn': 'arn:aws:s3:::bucket' },
        }),
      ),
    ).toEqual({ accountId: undefined, region: undefined });
    expect(
      awsLocationOf(
        component('x', {
          annotations: { 'aws.com/lambda-region': 'us-east-1' },
        }),
      ),
    ).toEqual({ accountId: undefined, region: 'us-east-1' });
  });
});
