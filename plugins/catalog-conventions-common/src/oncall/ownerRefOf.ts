import { Entity } from '@backstage/catalog-model';
import { parseRef, ParsedRef } from '../refs/parseRef';

/** `spec.owner`, with kind `group` and the entity's namespace as defaults; undefined when blank. */
export function ownerRefOf(entity: Entity): ParsedRef | undefined {
  const owner = entity.spec?.owner;
  return typeof owner === 'string' && owner.trim() !== ''
    ? parseRef(owner.trim(), entity, 'group')
    : undefined;
}
