import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Re-evaluating readiness on demand (`POST /evaluate`, `POST /entities/:kind/:namespace/:name/evaluate`).
 * Allowed by default; a policy can restrict it, e.g. to the SRE group.
 */
export const readinessEvaluatePermission = createPermission({
  name: 'stagecraft.readiness.evaluate',
  attributes: { action: 'update' },
});

export const readinessPermissions = [readinessEvaluatePermission];
