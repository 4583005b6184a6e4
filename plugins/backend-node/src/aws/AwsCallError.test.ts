import { deadlineExceeded } from '../deadline';
import { AwsCallError, describeAwsError } from './AwsCallError';
import { awsErrorDetail } from './awsErrorDetail';

const context = {
  accountId: '111122223333',
  region: 'eu-west-1',
  operation: 'cloudwatch:GetMetricData',
};
const keyId = 'AKIAABCDEFGHIJKLMNOP';
const sessionKeyId = 'ASIAABCDEFGHIJKLMNOP';

function awsError(name: string, message: string, httpStatusCode = 400) {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode },
  });
}

describe('describeAwsError', () => {
  it('says who was denied, where and for what, without key ids', () => {
    const cause = awsError(
      'AccessDeniedException',
      `User with key ${keyId} is not authorized to perform cloudwatch:GetMetricData`,
    );
    const error = describeAwsError(cause, context);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.kind).toBe('access-denied');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      'AccessDenied for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): User with key [redacted key id] is not authorized to perform cloudwatch:GetMetricData',
    );
  });

  it('names missing credentials and the default account', () => {
    const error = describeAwsError(
      awsError('CredentialsProviderError', 'Could not load credentials'),
      { ...context, accountId: '' },
    );
    expect(error.kind).toBe('access-denied');
    expect(error.message).toBe(
      'No usable credentials for the default account in eu-west-1 (cloudwatch:GetMetricData): Could not load credentials',
    );
  });

  it.each([
    [
      awsError('Throttling', 'Rate exceeded'),
      'throttled',
      'AWS kept throttling account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): Rate exceeded',
    ],
    [
      deadlineExceeded(50),
      'timeout',
      'Timed out calling AWS for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData)',
    ],
    [
      new DOMException('stop', 'AbortError'),
      'timeout',
      'Timed out calling AWS for account 111122223333 in eu-west-1 (cloudwatch:GetMetricData)',
    ],
    [
      awsError('ResourceNotFoundException', 'Stream orders not found'),
      'not-found',
      'ResourceNotFoundException from account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): Stream orders not found',
    ],
    [
      'socket hang up',
      'failed',
      'Error from account 111122223333 in eu-west-1 (cloudwatch:GetMetricData): socket hang up',
    ],
  ])('describes %s as %s', (thrown, kind, message) => {
    const error = describeAwsError(thrown, context);
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it('returns an AwsCallError as it is', () => {
    const first = describeAwsError(awsError('Throttling', 'slow'), context);
    expect(describeAwsError(first, { ...context, region: 'us-east-1' })).toBe(
      first,
    );
  });
});

describe('awsErrorDetail', () => {
  it('keeps AWS’s words but no access key id, long-term or temporary', () => {
    expect(
      awsErrorDetail(new Error(`keys ${keyId} and ${sessionKeyId} refused`)),
    ).toBe('keys [redacted key id] and [redacted key id] refused');
    expect(awsErrorDetail(keyId)).toBe('[redacted key id]');
  });
});
