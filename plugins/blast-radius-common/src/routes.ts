import { entityRoute } from '@stagecraft/catalog-conventions-common';

/**
 * Routes of the blast-radius backend under its base URL (`/api/blast-radius`):
 * the backend registers these patterns and `BlastRadiusClient` calls these paths.
 */
export const BLAST_RADIUS_ROUTES = {
  /** `GET ?depth=&kinds=...`: the entity's transitive dependents and whom to call, `BlastRadiusResult`. */
  blastRadius: entityRoute('blast-radius'),
} as const;
