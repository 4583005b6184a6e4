import { Entity } from '@backstage/catalog-model';

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

/** An error shaped like the SDK's service exceptions. */
export function awsError(name: string, message: string, httpStatusCode = 400) {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode },
  });
}

/** The fields a store item may carry: metadata only. */
export const METADATA_FIELDS = [
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
