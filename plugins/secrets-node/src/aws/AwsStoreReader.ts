import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_REQUEST_TIMEOUT_MS,
  withDeadline,
} from '@stagecraft/backend-node';
import { requireLocation } from '../storeReadError';
import { SecretStoreItem, SecretStoreReader } from '../types';
import { describeAwsError } from './awsErrors';
import { AwsClientSource } from './clients';
import { readAwsStoreLocation } from './location';

/** The time one AWS call may take before the listing fails with `timeout`. */
export const DEFAULT_AWS_CALL_TIMEOUT_MS = DEFAULT_REQUEST_TIMEOUT_MS;
/** A listing stops after this many pages (a token that never ends is a bug, not a store). */
const MAX_PAGES = 2_000;

/**
 * Options of the built-in AWS readers.
 *
 * @public
 */
export interface AwsStoreReaderOptions<C> {
  /** The SDK client for an account and region. */
  clients: AwsClientSource<C>;
  /** The time one AWS call may take; default 10 s. */
  callTimeoutMs?: number;
  /** The region of stores without `stagecraft.io/store-aws-region`. */
  defaultRegion?: string;
}

/**
 * Calls AWS for one store in one region, with the deadline and the caller's signal.
 *
 * @public
 */
export interface AwsCall<C> {
  client: C;
  region: string;
  /** Runs one SDK call; `operation` names it in errors, e.g. `secretsmanager:ListSecrets`. */
  call<T>(
    operation: string,
    send: (client: C, abortSignal: AbortSignal) => Promise<T>,
  ): Promise<T>;
  /** Follows a paginated listing to its end. */
  paginate<P>(
    operation: string,
    send: (
      client: C,
      token: string | undefined,
      abortSignal: AbortSignal,
    ) => Promise<P>,
    nextToken: (page: P) => string | undefined,
  ): Promise<P[]>;
}

/**
 * What the built-in AWS readers share: location, deadlines, paging and typed errors.
 *
 * @public
 */
export abstract class AwsStoreReader<C> implements SecretStoreReader {
  abstract readonly provider: string;
  private readonly clients: AwsClientSource<C>;
  private readonly callTimeoutMs: number;
  private readonly defaultRegion?: string;

  constructor(options: AwsStoreReaderOptions<C>) {
    this.clients = options.clients;
    this.callTimeoutMs = options.callTimeoutMs ?? DEFAULT_AWS_CALL_TIMEOUT_MS;
    this.defaultRegion = options.defaultRegion;
  }

  /** The items of one region. */
  protected abstract listRegion(aws: AwsCall<C>): Promise<SecretStoreItem[]>;

  async listItems(store: Entity, signal?: AbortSignal) {
    const { storeRef, location } = requireLocation(
      readAwsStoreLocation(store, this.defaultRegion),
      store,
      'AWS region (stagecraft.io/store-aws-region)',
    );
    const items: SecretStoreItem[] = [];
    for (const region of location.regions) {
      const where = `${
        location.accountId ? `account ${location.accountId}` : 'default account'
      } in ${region}`;
      const fail = (error: unknown, operation: string) =>
        describeAwsError(error, { storeRef, operation, where }, signal);
      let client: C;
      try {
        client = await this.clients({ accountId: location.accountId, region });
      } catch (error) {
        throw fail(error, 'credentials');
      }
      const call: AwsCall<C>['call'] = async (operation, send) => {
        try {
          return await withDeadline(
            abortSignal => send(client, abortSignal),
            this.callTimeoutMs,
            signal,
          );
        } catch (error) {
          throw fail(error, operation);
        }
      };
      const paginate: AwsCall<C>['paginate'] = async (
        operation,
        send,
        nextToken,
      ) => {
        const pages = [];
        let token: string | undefined;
        do {
          const pageToken = token;
          const page = await call(operation, (c, abortSignal) =>
            send(c, pageToken, abortSignal),
          );
          pages.push(page);
          token = nextToken(page);
        } while (token && pages.length < MAX_PAGES);
        return pages;
      };
      items.push(
        ...(await this.listRegion({ client, region, call, paginate })),
      );
    }
    return items;
  }
}
