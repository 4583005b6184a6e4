import { Entity } from '@backstage/catalog-model';
import { SecretStoreReadError } from '../errors';
import { SecretStoreReader } from '../types';
import { awsError } from './aws';
import { listingFailure } from './stores';

/*
 * How AWS calls fail, and what every reader test expects of the failure. Import as a
 * namespace: `import * as awsFailures from '../__testUtils__/awsFailures'`.
 */

/** A key id that an AWS error names, and that a store read error must not repeat. */
export const TEST_ACCESS_KEY_ID = 'AKIAABCDEFGHIJKLMNOP';

/** AWS's throttling error. */
export const throttled = () =>
  awsError('ThrottlingException', 'Rate exceeded', 400);

/** AWS's access denied error, naming the caller's key id and the `operation`. */
export const deniedNamingKeyId = (operation: string) =>
  awsError(
    'AccessDeniedException',
    `User with key ${TEST_ACCESS_KEY_ID} is not authorized to perform ${operation}`,
    400,
  );

/** A call that never answers. */
export const hangs = () => new Promise<never>(() => {});

/**
 * Fails the test unless `error` is access denied, names the account and region, and not
 * the key id; and, when given, the `operation`.
 */
export function expectDeniedWithoutKeyId(
  error: SecretStoreReadError,
  operation?: string,
) {
  expect(error.kind).toBe('access-denied');
  if (operation) expect(error.operation).toBe(operation);
  expect(error.message).toContain('account 111122223333 in eu-west-1');
  expect(error.message).not.toContain(TEST_ACCESS_KEY_ID);
}

/** Fails the test unless the listing fails with a timeout well before 5 s; the failure. */
export async function expectTimeout(reader: SecretStoreReader, store: Entity) {
  const started = Date.now();
  const error = await listingFailure(reader, store);
  expect(error.kind).toBe('timeout');
  expect(Date.now() - started).toBeLessThan(5_000);
  return error;
}

/** Fails the test unless the listing stops, as aborted, when its caller aborts. */
export async function expectStopsOnAbort(
  reader: SecretStoreReader,
  store: Entity,
) {
  const controller = new AbortController();
  const listing = listingFailure(reader, store, controller.signal);
  controller.abort();
  expect((await listing).kind).toBe('aborted');
}
