import { Entity } from '@backstage/catalog-model';
import { catalogEntity } from './catalogEntity';

/** A team: a Group of type `team` without child groups; `metadata` as for `catalogEntity`. */
export function teamEntity(
  metadata: string | Entity['metadata'],
  spec: object = {},
): Entity {
  return catalogEntity('Group', metadata, {
    type: 'team',
    children: [],
    ...spec,
  });
}

/** A User, a member of the groups (names or refs). */
export function userEntity(
  name: string,
  memberOf: string[],
  profile?: { displayName?: string; email?: string },
): Entity {
  return catalogEntity('User', name, { ...(profile && { profile }), memberOf });
}
