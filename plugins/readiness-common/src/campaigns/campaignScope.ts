import { Entity } from '@backstage/catalog-model';
import {
  CatalogView,
  isKind,
  ownerRefOf,
  parseRefKey,
  refKey,
} from '@stagecraft/catalog-conventions-common';
import { specString } from '../catalog/fieldValues';
import { domainRefOf, systemRefOf } from '../catalog/relatedRefs';
import { GroupHierarchy } from './groupHierarchy';
import { CampaignScope } from './types';

const lowerSet = (values: string[] | undefined) =>
  values ? new Set(values.map(value => value.toLowerCase())) : undefined;

const refSet = (refs: string[] | undefined, kind: string) =>
  refs
    ? new Set(
        refs.map(ref =>
          (
            parseRefKey(ref.includes(':') ? ref : `${kind}:${ref}`) ?? ref
          ).toLowerCase(),
        ),
      )
    : undefined;

const keyOfParsed = (parsed: ReturnType<typeof systemRefOf>) =>
  parsed?.ref ? refKey(parsed.ref) : undefined;

/**
 * A test of whether an entity is in a campaign's scope, prepared once for the whole catalog:
 * owners are expanded to their sub-groups, refs are compared as the catalog does (without
 * case, `default` namespace when none is written).
 */
export function campaignScopeMatcher(
  scope: CampaignScope,
  catalog: CatalogView,
  hierarchy: GroupHierarchy,
): (entity: Entity) => boolean {
  const kinds = lowerSet(scope.kinds ?? ['Component'])!;
  const lifecycles = lowerSet(scope.lifecycles);
  const tags = lowerSet(scope.tags);
  const systems = refSet(scope.systems, 'system');
  const domains = refSet(scope.domains, 'domain');
  const owners = scope.owners
    ? hierarchy.withDescendants(refSet(scope.owners, 'group')!)
    : undefined;

  const systemKeyOf = (entity: Entity) =>
    isKind(entity, 'system')
      ? refKey(entity)
      : keyOfParsed(systemRefOf(entity));

  return entity => {
    if (!kinds.has(String(entity.kind).toLowerCase())) return false;
    if (lifecycles) {
      const lifecycle = specString(entity, 'lifecycle')?.toLowerCase();
      if (!lifecycle || !lifecycles.has(lifecycle)) return false;
    }
    if (tags) {
      const own = entity.metadata?.tags ?? [];
      if (
        !own.some(tag => typeof tag === 'string' && tags.has(tag.toLowerCase()))
      )
        return false;
    }
    if (owners) {
      const owner = keyOfParsed(ownerRefOf(entity));
      if (!owner || !owners.has(owner)) return false;
    }
    if (systems || domains) {
      const system = systemKeyOf(entity);
      if (systems && (!system || !systems.has(system))) return false;
      if (domains) {
        const systemEntity = isKind(entity, 'system')
          ? entity
          : system && catalog.getEntity(system);
        const domain = systemEntity
          ? keyOfParsed(domainRefOf(systemEntity))
          : undefined;
        if (!domain || !domains.has(domain)) return false;
      }
    }
    return true;
  };
}

/** The entities in the campaign's scope, by ref. */
export function entitiesInScope(
  entities: Entity[],
  matches: (entity: Entity) => boolean,
): Entity[] {
  return entities.filter(entity => {
    try {
      return matches(entity);
    } catch {
      // A malformed entity is left out rather than failing the whole campaign.
      return false;
    }
  });
}
