import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  annotationOf,
  ANNOTATION_ROTATION_PERIOD,
  ANNOTATION_SECRET_PATH,
  refKey,
} from '@stagecraft/catalog-conventions-common';
import {
  declaredStoreRef,
  isSecret,
  rotationPeriodDays,
  SecretsCatalogView,
} from '@stagecraft/plugin-secrets-common';
import { CatalogSecret } from '@stagecraft/plugin-secrets-node';

/** The secret entities whose declared store is `store`. */
export function secretEntitiesOfStore(
  store: Entity,
  entities: Iterable<Entity>,
): Entity[] {
  const storeKey = refKey(store);
  return [...entities].filter(entity => {
    const storeRef = isSecret(entity) ? declaredStoreRef(entity) : undefined;
    return storeRef !== undefined && refKey(storeRef) === storeKey;
  });
}

/** The catalog's secrets of `store` (those whose store is it), as reconciliation reads them. */
export function catalogSecretsOf(
  store: Entity,
  view: SecretsCatalogView,
  entities: Iterable<Entity>,
): CatalogSecret[] {
  const secrets: CatalogSecret[] = [];
  for (const entity of secretEntitiesOfStore(store, entities)) {
    const ref = stringifyEntityRef(entity);
    const period = rotationPeriodDays(
      annotationOf(entity, ANNOTATION_ROTATION_PERIOD),
    );
    secrets.push({
      ref,
      path:
        annotationOf(entity, ANNOTATION_SECRET_PATH) ?? entity.metadata.name,
      ...(period !== undefined ? { rotationPeriodDays: period } : {}),
      dependents: view.getDependents(ref).length,
    });
  }
  return secrets;
}
