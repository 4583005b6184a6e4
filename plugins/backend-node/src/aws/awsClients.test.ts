import { awsClients } from './awsClients';

/** Stands in for an SDK v3 client class: keeps the configuration it was built with. */
class RecordingClient {
  static built: RecordingClient[] = [];
  constructor(readonly config: Record<string, unknown>) {
    RecordingClient.built.push(this);
  }
}

function credentialsFor(fail: Set<string> = new Set()) {
  const asked: Array<{ accountId?: string } | undefined> = [];
  return {
    asked,
    source: {
      async getCredentialProvider(options?: { accountId?: string }) {
        asked.push(options);
        if (fail.has(options?.accountId ?? '')) {
          throw Object.assign(new Error('no such account'), {
            name: 'CredentialsProviderError',
          });
        }
        return { sdkCredentialProvider: `provider of ${options?.accountId}` };
      },
    },
  };
}

beforeEach(() => {
  RecordingClient.built = [];
});

describe('awsClients', () => {
  it('builds one client per account and region with the account’s credentials and the deadlines', async () => {
    const credentials = credentialsFor();
    const clients = awsClients(RecordingClient, credentials.source, {
      requestTimeoutMs: 3_000,
      maxAttempts: 1,
    });

    const first = await clients({
      accountId: '111122223333',
      region: 'eu-west-1',
    });
    const again = await clients({
      accountId: '111122223333',
      region: 'eu-west-1',
    });
    await clients({ accountId: '111122223333', region: 'us-east-1' });
    await clients({ region: 'eu-west-1' });

    expect(again).toBe(first);
    expect(RecordingClient.built).toHaveLength(3);
    expect(first.config).toEqual({
      region: 'eu-west-1',
      credentials: 'provider of 111122223333',
      maxAttempts: 1,
      requestHandler: { requestTimeout: 3_000, connectionTimeout: 1_000 },
    });
    expect(credentials.asked).toEqual([
      { accountId: '111122223333' },
      { accountId: '111122223333' },
      {},
    ]);
  });

  it('defaults to 10 s and the SDK’s three attempts', async () => {
    const clients = awsClients(RecordingClient, credentialsFor().source);
    const client = await clients({ accountId: '', region: 'eu-west-1' });
    expect(client.config).toMatchObject({
      maxAttempts: 3,
      requestHandler: { requestTimeout: 10_000, connectionTimeout: 3_334 },
    });
  });

  it('asks for credentials again after a lookup failed', async () => {
    const failing = new Set(['999999999999']);
    const credentials = credentialsFor(failing);
    const clients = awsClients(RecordingClient, credentials.source);
    const at = { accountId: '999999999999', region: 'eu-west-1' };

    await expect(clients(at)).rejects.toThrow('no such account');
    failing.clear();
    await expect(clients(at)).resolves.toBeInstanceOf(RecordingClient);
    expect(credentials.asked).toHaveLength(2);
  });

  it('keeps at most maxClients, the least recently used dropped first, each for clientTtlMs', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const credentials = credentialsFor();
      const clients = awsClients(RecordingClient, credentials.source, {
        maxClients: 2,
        clientTtlMs: 60_000,
      });
      const at = (region: string) => ({ accountId: '1', region });

      const first = await clients(at('eu-west-1'));
      await clients(at('us-east-1'));
      expect(await clients(at('eu-west-1'))).toBe(first);
      await clients(at('ap-south-1')); // drops us-east-1, the least recently used
      expect(await clients(at('eu-west-1'))).toBe(first);
      expect(RecordingClient.built).toHaveLength(3);

      await clients(at('us-east-1'));
      expect(RecordingClient.built).toHaveLength(4);

      jest.setSystemTime(60_000);
      expect(await clients(at('us-east-1'))).not.toBe(RecordingClient.built[3]);
      expect(RecordingClient.built).toHaveLength(5);
    } finally {
      jest.useRealTimers();
    }
  });
});
