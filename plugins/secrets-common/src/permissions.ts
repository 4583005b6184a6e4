import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading the company-wide secrets review (the Secrets page and its CSV export).
 * Allowed by default; a policy can restrict it to the security group.
 */
export const secretsReviewPermission = createPermission({
  name: 'stagecraft.secrets.review',
  attributes: { action: 'read' },
});

export const secretsPermissions = [secretsReviewPermission];
