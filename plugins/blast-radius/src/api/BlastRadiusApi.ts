import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
import type {
  BlastRadiusQuery,
  BlastRadiusResult,
} from '@stagecraft/plugin-blast-radius-common';

/** Reads blast radii from the `blast-radius` backend plugin. */
export interface BlastRadiusApi {
  /**
   * What breaks if the entity breaks (or what it needs), with owners and
   * on-call contacts. Rejects with a `ResponseError` (404 when the entity is
   * unknown or unreadable, 400 for a bad query).
   */
  getBlastRadius(
    entityRef: CompoundEntityRef,
    query?: Partial<BlastRadiusQuery>,
  ): Promise<BlastRadiusResult>;
}

export const blastRadiusApiRef = createApiRef<BlastRadiusApi>({
  id: 'plugin.blast-radius.service',
});
