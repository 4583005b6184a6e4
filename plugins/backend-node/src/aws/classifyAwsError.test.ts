import { deadlineExceeded } from '../deadline';
import { classifyAwsError } from './classifyAwsError';

/** An error shaped like the SDK's service exceptions. */
function awsError(name: string, httpStatusCode = 400) {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $metadata: { httpStatusCode },
  });
}

describe('classifyAwsError', () => {
  it.each([
    ['Throttling', 'throttled'],
    ['ThrottlingException', 'throttled'],
    ['TooManyRequestsException', 'throttled'],
    ['RequestLimitExceeded', 'throttled'],
    ['SlowDown', 'throttled'],
    ['AccessDeniedException', 'access-denied'],
    ['UnrecognizedClientException', 'access-denied'],
    ['ExpiredTokenException', 'access-denied'],
    ['CredentialsProviderError', 'access-denied'],
    ['ResourceNotFoundException', 'not-found'],
    ['NotFoundException', 'not-found'],
    ['ParameterNotFound', 'not-found'],
    ['ValidationException', 'failed'],
    ['InternalFailure', 'failed'],
  ])('calls %s %s', (name, kind) => {
    expect(classifyAwsError(awsError(name))).toBe(kind);
  });

  it('goes by the HTTP status when the name is unknown', () => {
    expect(classifyAwsError(awsError('Unknown', 429))).toBe('throttled');
    expect(classifyAwsError(awsError('Unknown', 403))).toBe('access-denied');
    expect(classifyAwsError(awsError('Unknown', 404))).toBe('not-found');
    expect(classifyAwsError(awsError('Unknown', 500))).toBe('failed');
  });

  it('calls a deadline a timeout and the caller’s abort aborted, whatever the SDK said', () => {
    expect(classifyAwsError(deadlineExceeded(10))).toBe('timeout');
    expect(classifyAwsError(awsError('TimeoutError'))).toBe('timeout');
    expect(classifyAwsError(new DOMException('stop', 'AbortError'))).toBe(
      'aborted',
    );
    const caller = new AbortController();
    caller.abort();
    expect(
      classifyAwsError(awsError('ThrottlingException'), caller.signal),
    ).toBe('aborted');
    expect(
      classifyAwsError(
        awsError('ThrottlingException'),
        new AbortController().signal,
      ),
    ).toBe('throttled');
  });

  it('copes with things thrown that are not errors', () => {
    expect(classifyAwsError(undefined)).toBe('failed');
    expect(classifyAwsError('ThrottlingException')).toBe('failed');
    expect(classifyAwsError({ $metadata: { httpStatusCode: 429 } })).toBe(
      'throttled',
    );
  });
});
