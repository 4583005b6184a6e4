import { Entity } from '@backstage/catalog-model';

/** `spec.type` of a Resource that is one secret. */
export const SECRET_TYPE = 'secret';
/** `spec.type` of a Resource that is a place secrets are kept. */
export const SECRET_STORE_TYPE = 'secret-store';

/** On a secret-store: who provides the store, e.g. `aws-secrets-manager`. */
export const ANNOTATION_STORE_PROVIDER = 'stagecraft.io/store-provider';
/** On a secret: what kind of secret it is, e.g. `api-key`. */
export const ANNOTATION_SECRET_KIND = 'stagecraft.io/secret-kind';
/** On a secret: where it lives in its store, e.g. the Secrets Manager secret name. */
export const ANNOTATION_SECRET_PATH = 'stagecraft.io/secret-path';
/** On a secret: how often it is rotated, e.g. `90d`. */
export const ANNOTATION_ROTATION_PERIOD = 'stagecraft.io/rotation-period';

/** `metadata.links[].type` values that count as remediation docs. */
export const REMEDIATION_LINK_TYPES: readonly string[] = [
  'rotation-guide',
  'incident-response',
];

/** Relation from a secret to the store it is kept in. */
export const RELATION_STORED_IN = 'storedIn';
/** Relation from a store to a secret kept in it. */
export const RELATION_STORES = 'stores';

/** The store providers approved unless configuration says otherwise. */
export const DEFAULT_APPROVED_STORE_PROVIDERS: readonly string[] = [
  'aws-secrets-manager',
  'aws-kms',
  'aws-ssm-parameter-store',
  'hashicorp-vault',
  'aws-acm',
  'gcp-secret-manager',
  'azure-key-vault',
  '1password',
  'doppler',
];

function isResourceOfType(entity: Entity, type: string): boolean {
  return (
    typeof entity?.kind === 'string' &&
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === type
  );
}

/** True for `kind: Resource` with `spec.type: secret`. */
export function isSecret(entity: Entity): boolean {
  return isResourceOfType(entity, SECRET_TYPE);
}

/** True for `kind: Resource` with `spec.type: secret-store`. */
export function isSecretStore(entity: Entity): boolean {
  return isResourceOfType(entity, SECRET_STORE_TYPE);
}
