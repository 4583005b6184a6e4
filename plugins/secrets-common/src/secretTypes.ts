import { Entity } from '@backstage/catalog-model';
import { isKind } from '@stagecraft/catalog-conventions-common';

/** `spec.type` of a Resource that is one secret. */
export const SECRET_TYPE = 'secret';
/** `spec.type` of a Resource that is a place secrets are kept. */
export const SECRET_STORE_TYPE = 'secret-store';

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
