import { AwsCredentialsManager } from '@backstage/integration-aws-node';

/**
 * Builds (or returns a kept) SDK client for an account and region.
 *
 * @public
 */
export type AwsClientSource<C> = (at: {
  accountId: string;
  region: string;
}) => Promise<C>;

type ClientConstructor<C> = new (config: {
  region: string;
  credentials: unknown;
  maxAttempts: number;
  requestHandler: { requestTimeout: number; connectionTimeout: number };
}) => C;

/**
 * SDK clients with `DefaultAwsCredentialsManager` credentials, one per account and
 * region. The SDK's standard retries (with backoff) handle short throttling.
 */
export function credentialedClients<C>(
  SdkClient: new (...config: never) => C,
  credentialsManager: AwsCredentialsManager,
  requestTimeoutMs: number,
): AwsClientSource<C> {
  const Ctor = SdkClient as unknown as ClientConstructor<C>;
  const clients = new Map<string, Promise<C>>();
  return at => {
    const key = `${at.accountId}:${at.region}`;
    let client = clients.get(key);
    if (!client) {
      client = credentialsManager
        .getCredentialProvider(at.accountId ? { accountId: at.accountId } : {})
        .then(
          provider =>
            new Ctor({
              region: at.region,
              credentials: provider.sdkCredentialProvider,
              maxAttempts: 3,
              requestHandler: {
                requestTimeout: requestTimeoutMs,
                connectionTimeout: Math.ceil(requestTimeoutMs / 3),
              },
            }),
        );
      clients.set(key, client);
      client.catch(() => clients.delete(key));
    }
    return client;
  };
}
