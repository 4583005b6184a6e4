import { BoundedTtlMap } from '../cache';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../deadline';

/**
 * Where an AWS client talks to. No (or an empty) account id means the default account of
 * the `aws` app-config (`aws.mainAccount`).
 *
 * @public
 */
export interface AwsClientLocation {
  /** The 12-digit account id. */
  accountId?: string;
  /** e.g. `eu-west-1`. */
  region: string;
}

/**
 * Credentials per account: `DefaultAwsCredentialsManager.fromConfig(config)` of
 * `@backstage/integration-aws-node` is one.
 *
 * @public
 */
export interface AwsCredentialsSource {
  /** The SDK credential provider for the account (`{}`: the default account). */
  getCredentialProvider(options?: {
    accountId?: string;
  }): Promise<{ sdkCredentialProvider: unknown }>;
}

/**
 * How the clients of `awsClients` call AWS.
 *
 * @public
 */
export interface AwsClientOptions {
  /** The SDK abandons a request after this long, and a connection attempt after a third of it; default 10 s. */
  requestTimeoutMs?: number;
  /** Attempts per call, the first included: 1 when the caller retries by itself; default 3 (the SDK's own). */
  maxAttempts?: number;
  /** Clients kept at most (one per account and region), the least recently used dropped first; default no limit. */
  maxClients?: number;
  /** A kept client is built afresh (with a new credential lookup) after this long; default never. */
  clientTtlMs?: number;
}

type ClientConstructor<C> = new (config: {
  region: string;
  credentials: unknown;
  maxAttempts: number;
  requestHandler: { requestTimeout: number; connectionTimeout: number };
}) => C;

/**
 * SDK v3 clients of one service, with `credentials` for the account, each kept for its
 * account and region (at most `maxClients`, for `clientTtlMs`). A credential lookup that fails is not kept, so a fixed
 * configuration or a passing STS hiccup is picked up by the next call.
 *
 * @public
 */
export function awsClients<C>(
  SdkClient: new (...config: never) => C,
  credentials: AwsCredentialsSource,
  options: AwsClientOptions = {},
): (at: AwsClientLocation) => Promise<C> {
  // Each SDK client has its own config type; every one takes the options set here.
  const Ctor = SdkClient as unknown as ClientConstructor<C>;
  const requestTimeoutMs =
    options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const clients = new BoundedTtlMap<string, Promise<C>>({
    maxEntries: options.maxClients ?? Infinity,
    ttlMs: options.clientTtlMs ?? Infinity,
  });
  return at => {
    const accountId = at.accountId ?? '';
    const key = `${accountId}:${at.region}`;
    let client = clients.get(key);
    if (!client) {
      client = credentials
        .getCredentialProvider(accountId ? { accountId } : {})
        .then(
          provider =>
            new Ctor({
              region: at.region,
              credentials: provider.sdkCredentialProvider,
              maxAttempts: options.maxAttempts ?? 3,
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
