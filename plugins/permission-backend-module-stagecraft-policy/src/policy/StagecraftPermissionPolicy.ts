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
import {
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
} from '@stagecraft/plugin-readiness-common';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * Allows everything except the company-wide secrets review
 * (`stagecraft.secrets.review`), limited to members of the reviewer groups when any are
 * configured, managing readiness campaigns (`readiness.campaign.manage`), limited to
 * members of the campaign manager groups when any are configured, and approving readiness
 * exemptions (`readiness.exemption.approve`), limited to members of the exemption approver
 * groups when any are configured.
 */
export class StagecraftPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      userInfo: UserInfoService;
      /** Lower-case group refs; undefined allows everyone. */
      reviewers?: string[];
      /** Lower-case group refs who may manage readiness campaigns; undefined allows everyone. */
      campaignManagers?: string[];
      /** Lower-case group refs who may approve readiness exemptions; undefined allows everyone. */
      exemptionApprovers?: string[];
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const groups = this.groupsFor(request.permission.name);
    if (groups === 'everyone') {
      return ALLOW;
    }
    const { userInfo } = this.options;
    if (!user) {
      return DENY;
    }
    const { ownershipEntityRefs } = await userInfo.getUserInfo(
      user.credentials,
    );
    const owned = new Set(ownershipEntityRefs.map(ref => refKey(ref)));
    return groups.some(group => owned.has(group)) ? ALLOW : DENY;
  }

  /** The groups a permission is limited to, or everyone. */
  private groupsFor(name: string): string[] | 'everyone' {
    const limited: Record<string, string[] | undefined> = {
      [secretsReviewPermission.name]: this.options.reviewers,
      [readinessCampaignManagePermission.name]: this.options.campaignManagers,
      [readinessExemptionApprovePermission.name]:
        this.options.exemptionApprovers,
    };
    return limited[name] ?? 'everyone';
  }
}
