import { parseArn } from './parseArn';

describe('parseArn', () => {
  it('splits an ARN', () => {
    expect(
      parseArn('arn:aws:kinesis:eu-west-1:111122223333:stream/raw-events-prod'),
    ).toEqual({
      partition: 'aws',
      service: 'kinesis',
      region: 'eu-west-1',
      accountId: '111122223333',
      resource: 'stream/raw-events-prod',
    });
  });

  it('rejects things that are not ARNs', () => {
    expect(parseArn('raw-events-prod')).toBeUndefined();
    expect(parseArn('arn:aws:kinesis:eu-west-1:12:stream/x')).toBeUndefined();
  });
});
