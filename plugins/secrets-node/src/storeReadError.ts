import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { SecretStoreReadError, SecretStoreReadErrorKind } from './errors';

const LEAD: Record<SecretStoreReadErrorKind, string> = {
  'access-denied': 'Access denied',
  throttled: 'Throttled',
  timeout: 'Timed out',
  aborted: 'Aborted',
  'not-configured': 'Not configured',
  failed: 'Failed',
};

/** Where a read failed, as every reader's error message names it. */
export type ReadErrorContext = {
  storeRef: string;
  operation: string;
  where: string;
};

/** A `SecretStoreReadError` whose message says what failed, where, and the (value-free) detail. */
export function storeReadError(
  kind: SecretStoreReadErrorKind,
  detail: string,
  context: ReadErrorContext,
  cause: unknown,
): SecretStoreReadError {
  return new SecretStoreReadError({
    kind,
    storeRef: context.storeRef,
    operation: context.operation,
    message: `${LEAD[kind]} reading ${context.storeRef} (${context.operation}, ${context.where}): ${detail}`,
    cause,
  });
}

/** The store's entity does not say where the store is: `missing` names what is missing, and the annotations. */
export function notConfigured(
  storeRef: string,
  missing: string,
): SecretStoreReadError {
  return new SecretStoreReadError({
    kind: 'not-configured',
    storeRef,
    operation: 'location',
    message: `${LEAD['not-configured']}: ${storeRef} names no ${missing}`,
  });
}

/**
 * The store's ref and its `location`, as a reader found it in the store's entity; a
 * `not-configured` error naming what is `missing` when the entity does not say.
 */
export function requireLocation<L>(
  location: L | undefined,
  store: Entity,
  missing: string,
): { storeRef: string; location: L } {
  const storeRef = stringifyEntityRef(store);
  if (!location) throw notConfigured(storeRef, missing);
  return { storeRef, location };
}

/**
 * Whatever a store's client threw, as a `SecretStoreReadError`: as it is when it is one
 * already, else with the kind and value-free detail `describe` reads from it.
 */
export function toStoreReadError(
  error: unknown,
  context: ReadErrorContext,
  describe: (error: unknown) => {
    kind: SecretStoreReadErrorKind;
    detail: string;
  },
): SecretStoreReadError {
  if (error instanceof SecretStoreReadError) return error;
  const { kind, detail } = describe(error);
  return storeReadError(kind, detail, context, error);
}
