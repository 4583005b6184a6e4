import {
  AwsCallContext,
  DEFAULT_REQUEST_TIMEOUT_MS,
  describeAwsError,
  withDeadline,
} from '@stagecraft/backend-node';
import {
  BackoffOptions,
  DEFAULT_BACKOFF,
  withThrottlingBackoff,
} from './backoff';

/** How each AWS request is made. */
export interface AwsCallOptions {
  backoff?: BackoffOptions;
  /** Each AWS request is abandoned after this long. */
  requestTimeoutMs?: number;
}

/**
 * One AWS request: retried with back-off while AWS throttles it, each attempt abandoned
 * after `requestTimeoutMs`, all given up when `signal` aborts. Whatever fails is an
 * `AwsCallError` naming the account, region and operation.
 */
export async function callAws<T>(
  context: AwsCallContext,
  run: (abortSignal: AbortSignal) => Promise<T>,
  signal: AbortSignal | undefined,
  options: AwsCallOptions = {},
): Promise<T> {
  try {
    return await withThrottlingBackoff(
      () =>
        withDeadline(
          run,
          options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          signal,
        ),
      { ...(options.backoff ?? DEFAULT_BACKOFF), signal },
    );
  } catch (error) {
    throw describeAwsError(error, context);
  }
}

/** Calls `operation` through `callAws` for one stage's read. */
export type StageCall = <T>(
  operation: string,
  run: (abortSignal: AbortSignal) => Promise<T>,
) => Promise<T>;

/** Every item of a paged listing: `page(token)` is asked until a page has no next token. */
export async function allPages<Page, Item>(
  page: (token: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  nextTokenOf: (page: Page) => string | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  let token: string | undefined;
  do {
    const answer = await page(token);
    items.push(...(itemsOf(answer) ?? []));
    token = nextTokenOf(answer);
  } while (token);
  return items;
}
