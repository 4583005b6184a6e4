import { AwsCall } from './AwsStoreReader';

/** One paginated AWS listing: the call, how a page is fetched and read, and where the next one starts. */
export interface AwsListing<C, P, E> {
  /** Names the call in errors, e.g. `secretsmanager:ListSecrets`. */
  operation: string;
  /** Fetches the page that starts at `token` (the first page without one). */
  send(
    client: C,
    token: string | undefined,
    abortSignal: AbortSignal,
  ): Promise<P>;
  /** The page's entries. */
  entries(page: P): E[] | undefined;
  /** Where the next page starts; undefined on the last page. */
  nextToken(page: P): string | undefined;
}

/** Listings that page with `NextToken` (Secrets Manager, Parameter Store, ACM). */
export const byNextToken = (page: { NextToken?: string }) => page.NextToken;

/** KMS listings page with `Marker` and say `Truncated` while more pages follow. */
export const byMarker = (page: { Truncated?: boolean; NextMarker?: string }) =>
  page.Truncated ? page.NextMarker : undefined;

/** Every entry of a listing, page after page, in order. */
export async function listAll<C, P, E>(
  aws: AwsCall<C>,
  listing: AwsListing<C, P, E>,
): Promise<E[]> {
  const pages = await aws.paginate(
    listing.operation,
    listing.send,
    listing.nextToken,
  );
  return pages.flatMap(page => listing.entries(page) ?? []);
}

/** The call's answer, or undefined when it fails with an `expected` error (a thing gone since it was listed). */
export async function unlessFailsWith<T>(
  expected: (error: unknown) => boolean,
  sending: Promise<T>,
): Promise<T | undefined> {
  try {
    return await sending;
  } catch (error) {
    if (expected(error)) return undefined;
    throw error;
  }
}
