import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  Permission,
} from '@backstage/plugin-permission-common';
import {
  readinessCampaignManagePermission,
  readinessExemptionApprovePermission,
} from '@stagecraft/plugin-readiness-common';
import { secretsReviewPermission } from '@stagecraft/plugin-secrets-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { directoryUserInfo } from '../__testUtils__/directoryUserInfo';
import { StagecraftPermissionPolicy } from './StagecraftPermissionPolicy';

function userOf(ref: string) {
  const credentials = mockCredentials.user(ref);
  return {
    credentials,
    info: { userEntityRef: ref, ownershipEntityRefs: [ref] },
  };
}

/** The policy's decision, with `groups` configured, on `permission` for `user` (undefined: no user). */
const decisionOf = (
  groups: Omit<
    ConstructorParameters<typeof StagecraftPermissionPolicy>[0],
    'userInfo'
  >,
  permission: Permission,
  user: string | undefined,
) =>
  new StagecraftPermissionPolicy({ userInfo: directoryUserInfo, ...groups })
    .handle({ permission }, user ? userOf(user) : undefined)
    .then(d => d.result);

const decide = (
  reviewers: string[] | undefined,
  permission: Permission = secretsReviewPermission,
  user: string | undefined = 'user:default/dana.dev',
) => decisionOf({ reviewers }, permission, user);

const SECURITY_TEAM = ['group:default/security-team'];

/**
 * Expects `decisionFor(groups, user)` to allow members of the configured groups, deny
 * everyone else, and allow everyone when no groups are configured.
 */
async function expectLimitedToConfiguredGroups(
  decisionFor: (groups: string[] | undefined, user: string) => Promise<string>,
) {
  expect(await decisionFor(SECURITY_TEAM, 'user:default/sam.security')).toBe(
    AuthorizeResult.ALLOW,
  );
  expect(await decisionFor(SECURITY_TEAM, 'user:default/dana.dev')).toBe(
    AuthorizeResult.DENY,
  );
  expect(await decisionFor(undefined, 'user:default/dana.dev')).toBe(
    AuthorizeResult.ALLOW,
  );
}

describe('StagecraftPermissionPolicy', () => {
  it('allows every other permission, reviewers configured or not', async () => {
    expect(await decide(undefined, catalogEntityReadPermission)).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(
      await decide(
        ['group:default/security-team'],
        catalogEntityReadPermission,
      ),
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      await decide(
        ['group:default/security-team'],
        catalogEntityReadPermission,
        undefined,
      ),
    ).toBe(AuthorizeResult.ALLOW);
  });

  it('allows the review to everyone when no reviewers are configured', async () => {
    expect(await decide(undefined)).toBe(AuthorizeResult.ALLOW);
  });

  it('allows the review only to members of a reviewer group when configured', async () => {
    const reviewers = ['group:default/security-team'];
    expect(
      await decide(
        reviewers,
        secretsReviewPermission,
        'user:default/sam.security',
      ),
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      await decide(reviewers, secretsReviewPermission, 'user:default/dana.dev'),
    ).toBe(AuthorizeResult.DENY);
    expect(await decide(reviewers, secretsReviewPermission, undefined)).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('allows nobody when the reviewer list is empty', async () => {
    expect(
      await decide([], secretsReviewPermission, 'user:default/sam.security'),
    ).toBe(AuthorizeResult.DENY);
  });

  it('limits managing readiness campaigns to the configured groups, apart from the review', async () => {
    const manage = (campaignManagers: string[] | undefined, user: string) =>
      decisionOf(
        { reviewers: [], campaignManagers },
        readinessCampaignManagePermission,
        user,
      );
    await expectLimitedToConfiguredGroups(manage);
  });

  it('limits approving readiness exemptions to the configured groups, apart from campaigns', async () => {
    const approve = (
      exemptionApprovers: string[] | undefined,
      user: string,
      permission = readinessExemptionApprovePermission,
    ) =>
      decisionOf(
        { reviewers: [], campaignManagers: [], exemptionApprovers },
        permission,
        user,
      );
    await expectLimitedToConfiguredGroups(approve);
    expect(await approve([], 'user:default/sam.security')).toBe(
      AuthorizeResult.DENY,
    );
    // Approvers are not campaign managers (none here).
    expect(
      await approve(
        SECURITY_TEAM,
        'user:default/sam.security',
        readinessCampaignManagePermission,
      ),
    ).toBe(AuthorizeResult.DENY);
  });
});
