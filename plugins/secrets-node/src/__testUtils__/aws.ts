import { AwsStoreReaderOptions } from '../aws/AwsStoreReader';

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
