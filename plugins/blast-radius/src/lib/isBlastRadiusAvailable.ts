import { Entity } from '@backstage/catalog-model';

/**
 * Kinds that other entities depend on or that depend on others, so that a
 * blast radius answers something. Groups, users and domains own or contain
 * entities rather than depend on them.
 */
export const BLAST_RADIUS_KINDS: readonly string[] = [
  'component',
  'resource',
  'api',
  'system',
];

/** For `EntityLayout.Route`'s `if`: whether the entity gets a "Blast radius" tab. */
export function isBlastRadiusAvailable(entity: Entity): boolean {
  return BLAST_RADIUS_KINDS.includes(
    String(entity.kind ?? '').toLocaleLowerCase('en-US'),
  );
}
