import { Entity } from '@backstage/catalog-model';
import { annotationOf } from '@stagecraft/catalog-conventions-common';
import { ReadinessCatalogView } from '../catalog/catalogView';
import { specString } from '../catalog/fieldValues';
import { readsFromOf } from '../catalog/relatedRefs';
import { AppliesToFilter } from '../types';

const lower = (value: string) => value.toLowerCase();

function oneOf(value: string | undefined, allowed: string[] | undefined) {
  if (!allowed) {
    return true;
  }
  return (
    value !== undefined && allowed.some(item => lower(item) === lower(value))
  );
}

function tagsOf(entity: Entity): string[] {
  const tags = entity.metadata?.tags;
  return Array.isArray(tags)
    ? tags.filter((t): t is string => typeof t === 'string').map(lower)
    : [];
}

/** The `spec.type`s of the entities named in `stagecraft.io/reads-from` that the catalog knows. */
export function readsFromTypes(
  entity: Entity,
  catalog: ReadinessCatalogView,
): string[] {
  return readsFromOf(entity).flatMap(({ ref }) => {
    const target = ref ? catalog.getEntity(ref) : undefined;
    const type = target ? specString(target, 'type') : undefined;
    return type ? [type] : [];
  });
}

export function matchesFilter(
  entity: Entity,
  filter: AppliesToFilter,
  catalog: ReadinessCatalogView,
): boolean {
  if (
    !oneOf(entity.kind, filter.kind) ||
    !oneOf(specString(entity, 'type'), filter.type) ||
    !oneOf(specString(entity, 'lifecycle'), filter.lifecycle)
  ) {
    return false;
  }
  const tags = tagsOf(entity);
  if (filter.tags && !filter.tags.some(tag => tags.includes(lower(tag)))) {
    return false;
  }
  if (filter.excludeTags?.some(tag => tags.includes(lower(tag)))) {
    return false;
  }
  if (
    filter.annotations &&
    !filter.annotations.some(name => annotationOf(entity, name) !== undefined)
  ) {
    return false;
  }
  if (filter.readsFromType) {
    const types = readsFromTypes(entity, catalog);
    return types.some(type => oneOf(type, filter.readsFromType));
  }
  return true;
}

/** True when any of the filters matches. An empty list matches nothing. */
export function appliesTo(
  entity: Entity,
  filters: AppliesToFilter[],
  catalog: ReadinessCatalogView,
): boolean {
  return filters.some(filter => matchesFilter(entity, filter, catalog));
}

/** A short human description of a filter list, e.g. `production Components`. */
export function describeFilters(filters: AppliesToFilter[]): string {
  if (filters.length === 0) {
    return 'no entities';
  }
  return filters
    .map(filter => {
      const parts: string[] = [];
      if (filter.lifecycle) parts.push(filter.lifecycle.join('/'));
      if (filter.type) parts.push(filter.type.join('/'));
      parts.push(filter.kind ? filter.kind.join('/') : 'entities');
      if (filter.tags) parts.push(`tagged ${filter.tags.join('/')}`);
      if (filter.excludeTags)
        parts.push(`not tagged ${filter.excludeTags.join('/')}`);
      if (filter.readsFromType)
        parts.push(`reading from a ${filter.readsFromType.join('/')}`);
      if (filter.annotations)
        parts.push(`annotated ${filter.annotations.join(' or ')}`);
      return parts.join(' ');
    })
    .join('; ');
}
