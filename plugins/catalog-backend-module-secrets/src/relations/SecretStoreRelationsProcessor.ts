import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  declaredStoreRef,
  isSecret,
  RELATION_STORED_IN,
  RELATION_STORES,
} from '@stagecraft/plugin-secrets-common';

/**
 * Emits `storedIn` (secret → store) and `stores` (store → secret) for every
 * `kind: Resource`, `spec.type: secret` entity that names exactly one
 * `resource:` in `spec.dependsOn`.
 *
 * The processor cannot see the target's type while the secret is processed,
 * so the relation follows what the secret declares: its single resource
 * entry. With none or several, no relation is drawn, and the entity is still
 * accepted: secret compliance (missing store, unknown store, unapproved
 * provider…) is computed and shown by the secrets backend, never enforced
 * here. Malformed `dependsOn` lists are tolerated for the same reason.
 */
export class SecretStoreRelationsProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'SecretStoreRelationsProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isSecret(entity)) {
      return entity;
    }
    const storeRef = declaredStoreRef(entity);
    if (!storeRef) {
      return entity;
    }
    const secret = getCompoundEntityRef(entity);
    const store = parseEntityRef(storeRef);
    emit(
      processingResult.relation({
        source: secret,
        type: RELATION_STORED_IN,
        target: store,
      }),
    );
    emit(
      processingResult.relation({
        source: store,
        type: RELATION_STORES,
        target: secret,
      }),
    );
    return entity;
  }
}
