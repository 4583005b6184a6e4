import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { relatedRefsOf } from '@stagecraft/plugin-readiness-common';
import { READINESS_ENTITY_FIELDS } from './readinessEntityFields';

/** Reads the catalog with the plugin's own service credentials. */
export class ReadinessCatalogReader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  private async credentials() {
    return { credentials: await this.auth.getOwnServiceCredentials() };
  }

  /** Every entity, page by page. */
  async readAll(): Promise<Entity[]> {
    const options = await this.credentials();
    const entities: Entity[] = [];
    for await (const page of this.catalog.streamEntities(
      { fields: READINESS_ENTITY_FIELDS, pageSize: 1000 },
      options,
    )) {
      entities.push(...page);
    }
    return entities;
  }

  /**
   * One entity and what its checks look up: owner, reads-from targets,
   * system, and one hop further (owner's on-call contact, system's domain).
   */
  async readOne(
    entityRef: string,
  ): Promise<{ entity?: Entity; related: Entity[] }> {
    const options = await this.credentials();
    const entity = await this.catalog.getEntityByRef(entityRef, options);
    if (!entity) return { entity: undefined, related: [] };

    const related = new Map<string, Entity>();
    let wanted = relatedRefsOf(entity);
    for (let hop = 0; hop < 2 && wanted.length > 0; hop++) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: wanted, fields: READINESS_ENTITY_FIELDS },
        options,
      );
      const found = items.filter((item): item is Entity => Boolean(item));
      for (const item of found) related.set(stringifyEntityRef(item), item);
      wanted = found
        .flatMap(item => relatedRefsOf(item))
        .filter(ref => !related.has(ref) && ref !== stringifyEntityRef(entity));
    }
    return { entity, related: [...related.values()] };
  }
}
