import { EmptyState } from '@backstage/core-components';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';

/** Shown instead of the review when the user may not read it. */
export const NoReviewPermission = () => (
  <EmptyState
    missing="content"
    title="You need the secrets review permission"
    description={`The company-wide secrets review is limited to reviewers. Ask your Backstage administrators for the "${secretsReviewPermission.name}" permission. The secrets your team owns are still shown on their catalog pages.`}
  />
);
