import { Entity } from '@backstage/catalog-model';
import {
  buildReadinessCatalogView,
  CheckResult,
  evaluateChecks,
} from '@stagecraft/plugin-readiness-common';
import { CheckVerifier } from '../verifiers/types';

/** A production Component owned by `group:default/team`, as a verifier sees it. */
export function productionComponent(
  type: string,
  metadata: Entity['metadata'],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata,
    spec: { type, lifecycle: 'production', owner: 'group:default/team' },
  };
}

/** What the catalog-only evaluation says of one check: the verifier's input. */
export function catalogCheckResult(
  entity: Entity,
  checkId: string,
): CheckResult {
  return evaluateChecks(entity, buildReadinessCatalogView([entity])).find(
    check => check.checkId === checkId,
  )!;
}

/** What `verifier` makes of `entity`'s catalog-only result, in a run over `entities`. */
export async function verifyEntity(
  verifier: CheckVerifier,
  entity: Entity,
  entities: Entity[] = [entity],
) {
  const run = await verifier.startRun(entities);
  return run(entity, catalogCheckResult(entity, verifier.checkId));
}
