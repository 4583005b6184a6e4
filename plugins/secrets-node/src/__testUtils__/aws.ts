import { AwsStoreReaderOptions } from '../aws/AwsStoreReader';
import { SecretStoreReader } from '../types';
import { listingFailure, storeEntity } from './stores';

/** Dummy credentials for real SDK clients whose `send` aws-sdk-client-mock intercepts. */
export const testCredentials = {
  accessKeyId: 'AKIDTEST',
  secretAccessKey: 'test',
};

/** Real SDK clients with dummy credentials, recording where each was asked for. */
export function testClients<C>(Ctor: new (config: any) => C) {
  const asked: string[] = [];
  const source = async (at: { accountId: string; region: string }) => {
    asked.push(`${at.accountId}|${at.region}`);
    return new Ctor({
      region: at.region,
      credentials: testCredentials,
      maxAttempts: 1,
    });
  };
  return { source, asked };
}

/** An AWS reader over `testClients`, and the `accountId|region` pairs it asked clients for. */
export function testReader<C, O extends AwsStoreReaderOptions<C>, R>(
  Client: new (config: any) => C,
  Reader: new (options: O) => R,
  options: Omit<O, 'clients'>,
): { reader: R; asked: string[] } {
  const clients = testClients(Client);
  return {
    reader: new Reader({ ...options, clients: clients.source } as O),
    asked: clients.asked,
  };
}

/** An error shaped like the SDK's service exceptions. */
export function awsError(name: string, message: string, httpStatusCode = 400) {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode },
  });
}

/** The account and region of the store every AWS reader test lists. */
export const TEST_ACCOUNT_AND_REGION = {
  'stagecraft.io/store-aws-account': '111122223333',
  'stagecraft.io/store-aws-region': 'eu-west-1',
};

/**
 * What every AWS reader test sets up: the mocked SDK client reset before each test, the
 * `<provider>-prod` store (in 111122223333, eu-west-1 unless `annotations` say
 * otherwise), and readers over `testClients`.
 */
export function awsReaderHarness<C, O extends AwsStoreReaderOptions<C>, R>(
  mock: { reset(): unknown },
  Client: new (config: any) => C,
  Reader: new (options: O) => R,
  provider: string,
  annotations: Record<string, string> = {
    'stagecraft.io/store-provider': provider,
    ...TEST_ACCOUNT_AND_REGION,
  },
) {
  beforeEach(() => mock.reset());
  const store = storeEntity(`${provider}-prod`, annotations);
  const reader = (options = {} as Omit<O, 'clients'>) =>
    testReader(Client, Reader, options);
  return {
    store,
    reader,
    /** The failure of a listing of `store` by a reader with `options`. */
    failure: (options?: Omit<O, 'clients'>, signal?: AbortSignal) =>
      listingFailure(
        reader(options).reader as unknown as SecretStoreReader,
        store,
        signal,
      ),
  };
}

/**
 * A fake SDK call answering `answer(input)` after 5 ms, counting the calls in flight:
 * `peak()` is the most that ran at once.
 */
export function countingInFlight<I, O>(answer: (input: I) => O) {
  let running = 0;
  let peak = 0;
  return {
    fake: async (input: I) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise(resolve => setTimeout(resolve, 5));
      running -= 1;
      return answer(input);
    },
    peak: () => peak,
  };
}
