import { Entity } from '@backstage/catalog-model';
import {
  isKind,
  LINK_TYPE_INCIDENT_RESPONSE,
  LINK_TYPE_ROTATION_GUIDE,
} from '@stagecraft/catalog-conventions-common';

export {
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_KIND,
  ANNOTATION_SECRET_PATH,
  ANNOTATION_STORE_PROVIDER,
  RELATION_STORED_IN,
  RELATION_STORES,
} from '@stagecraft/catalog-conventions-common';

/** `spec.type` of a Resource that is one secret. */
export const SECRET_TYPE = 'secret';
/** `spec.type` of a Resource that is a place secrets are kept. */
export const SECRET_STORE_TYPE = 'secret-store';

/** `metadata.links[].type` values that count as remediation docs. */
export const REMEDIATION_LINK_TYPES: readonly string[] = [
  LINK_TYPE_ROTATION_GUIDE,
  LINK_TYPE_INCIDENT_RESPONSE,
];

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
  return isKind(entity, 'resource') && entity.spec?.type === type;
}

/** True for `kind: Resource` with `spec.type: secret`. */
export function isSecret(entity: Entity): boolean {
  return isResourceOfType(entity, SECRET_TYPE);
}

/** True for `kind: Resource` with `spec.type: secret-store`. */
export function isSecretStore(entity: Entity): boolean {
  return isResourceOfType(entity, SECRET_STORE_TYPE);
}
