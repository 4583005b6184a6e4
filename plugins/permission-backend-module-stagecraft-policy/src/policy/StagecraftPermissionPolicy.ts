import { refKey } from '@stagecraft/catalog-conventions-common';
import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * Allows everything except the company-wide secrets review
 * (`stagecraft.secrets.review`), which is limited to members of the reviewer
 * groups when any are configured.
 */
export class StagecraftPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      userInfo: UserInfoService;
      /** Lower-case group refs; undefined allows everyone. */
      reviewers?: string[];
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (request.permission.name !== secretsReviewPermission.name) {
      return ALLOW;
    }
    const { reviewers, userInfo } = this.options;
    if (!reviewers) {
      return ALLOW;
    }
    if (!user) {
      return DENY;
    }
    const { ownershipEntityRefs } = await userInfo.getUserInfo(
      user.credentials,
    );
    const owned = new Set(
      ownershipEntityRefs.map(ref => refKey(ref)),
    );
    return reviewers.some(group => owned.has(group)) ? ALLOW : DENY;
  }
}
