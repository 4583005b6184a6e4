import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { INVERSE_RELATION } from '@stagecraft/catalog-conventions-common';

/**
 * Builds entities with relations in both directions, as the catalog emits
 * them. Refs are full (`component:default/a`).
 */
export class TestCatalog {
  private readonly entities = new Map<string, Entity>();

  add(
    ref: string,
    extra: {
      title?: string;
      type?: string;
      owner?: string;
      system?: string;
      links?: { url: string; title?: string; type?: string }[];
      annotations?: Record<string, string>;
      profile?: { displayName?: string; email?: string };
    } = {},
  ): this {
    const { kind, namespace, name } = parseEntityRef(ref);
    this.entities.set(ref, {
      apiVersion: 'backstage.io/v1alpha1',
      kind: kind[0].toUpperCase() + kind.slice(1),
      metadata: {
        name,
        namespace,
        title: extra.title,
        links: extra.links,
        annotations: extra.annotations,
      },
      spec: { type: extra.type, profile: extra.profile },
      relations: [],
    });
    if (extra.owner) {
      this.relate(ref, 'ownedBy', extra.owner);
    }
    if (extra.system) {
      this.relate(ref, 'partOf', extra.system);
    }
    return this;
  }

  /** Adds `source type target` and its inverse (if the target exists). */
  relate(source: string, type: string, target: string): this {
    this.entity(source).relations!.push({ type, targetRef: target });
    const inverse = INVERSE_RELATION[type];
    const targetEntity = this.entities.get(target);
    if (inverse && targetEntity) {
      targetEntity.relations!.push({ type: inverse, targetRef: source });
    }
    return this;
  }

  entity(ref: string): Entity {
    const entity = this.entities.get(ref);
    if (!entity) {
      throw new Error(`Test catalog has no ${ref}`);
    }
    return entity;
  }

  list(): Entity[] {
    return [...this.entities.values()];
  }
}
