import { Entity } from '@backstage/catalog-model';
import { SecretStoreReadError } from '../errors';
import { SecretStoreItem, SecretStoreReader } from '../types';

/** A `secret-store` entity with the given annotations. */
export function storeEntity(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'secret-store', owner: 'group:default/platform-team' },
  };
}

/** The fields a store item may carry: metadata only. */
const METADATA_FIELDS = [
  'name',
  'id',
  'kind',
  'createdAt',
  'lastRotated',
  'lastChanged',
  'lastAccessed',
  'rotationEnabled',
  'rotationPeriodDays',
  'tags',
  'deletedAt',
  'expiresAt',
  'renewalEligible',
  'inUseBy',
  'owningService',
  'kmsKeyId',
  'state',
  'simulated',
];

/** Fails the test when an item carries a field other than the metadata fields. */
export function expectMetadataOnly(items: SecretStoreItem[]) {
  for (const item of items) {
    expect(METADATA_FIELDS).toEqual(expect.arrayContaining(Object.keys(item)));
  }
}

/** The `SecretStoreReadError` listing `store` fails with; fails the test when the listing does not fail so. */
export async function listingFailure(
  reader: SecretStoreReader,
  store: Entity,
  signal?: AbortSignal,
): Promise<SecretStoreReadError> {
  const error = await reader.listItems(store, signal).then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(SecretStoreReadError);
  return error as SecretStoreReadError;
}
