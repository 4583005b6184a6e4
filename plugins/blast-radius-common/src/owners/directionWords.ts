import { BlastRadiusDirection } from '../types';

/**
 * What the reached entities are to the start: they break with it ("affected"),
 * or it needs them ("needed").
 *
 * @public
 */
export function reachedAdjective(
  direction: BlastRadiusDirection,
): 'affected' | 'needed' {
  return direction === 'dependents' ? 'affected' : 'needed';
}

/**
 * The reached entities as a phrase: "affected entities" or "entities this needs".
 *
 * @public
 */
export function reachedEntitiesPhrase(direction: BlastRadiusDirection): string {
  return direction === 'dependents'
    ? 'affected entities'
    : 'entities this needs';
}
