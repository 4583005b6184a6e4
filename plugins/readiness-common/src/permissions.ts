import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Re-evaluating readiness on demand (`POST /evaluate`, `POST /entities/:kind/:namespace/:name/evaluate`).
 * Allowed by default; a policy can restrict it, e.g. to the SRE group.
 */
export const readinessEvaluatePermission = createPermission({
  name: 'stagecraft.readiness.evaluate',
  attributes: { action: 'update' },
});

/**
 * Creating and editing readiness campaigns (`POST /campaigns`, `PUT /campaigns/:id`). Denied
 * unless a policy allows it; the Stagecraft policy allows it to the configured group.
 */
export const readinessCampaignManagePermission = createPermission({
  name: 'readiness.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Approving and denying readiness exemptions (`POST /exemptions/:id/approve`, `/deny`).
 * The Stagecraft policy allows it to the groups at `stagecraft.readiness.exemptions.approvers`
 * (not set: everyone, empty: nobody).
 */
export const readinessExemptionApprovePermission = createPermission({
  name: 'readiness.exemption.approve',
  attributes: { action: 'update' },
});

export const readinessPermissions = [
  readinessEvaluatePermission,
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
];
