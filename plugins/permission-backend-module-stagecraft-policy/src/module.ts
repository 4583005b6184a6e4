import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  CAMPAIGN_MANAGERS_KEY,
  EXEMPTION_APPROVERS_KEY,
  readGroupRefs,
  readReviewers,
  REVIEWERS_KEY,
} from './policy/readReviewers';
import { StagecraftPermissionPolicy } from './policy/StagecraftPermissionPolicy';

/**
 * The Stagecraft permission policy.
 *
 * @public
 */
export const permissionModuleStagecraftPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'stagecraft-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ config, logger, policy, userInfo }) {
        const reviewers = readReviewers(config);
        if (!reviewers) {
          logger.warn(
            `${REVIEWERS_KEY} is not set: every signed-in user may read the secrets review`,
          );
        } else if (reviewers.length === 0) {
          logger.warn(
            `${REVIEWERS_KEY} is empty: nobody may read the secrets review`,
          );
        }
        const campaignManagers = readGroupRefs(config, CAMPAIGN_MANAGERS_KEY);
        if (!campaignManagers) {
          logger.info(
            `${CAMPAIGN_MANAGERS_KEY} is not set: every signed-in user may create and edit readiness campaigns`,
          );
        }
        const exemptionApprovers = readGroupRefs(
          config,
          EXEMPTION_APPROVERS_KEY,
        );
        if (!exemptionApprovers) {
          logger.info(
            `${EXEMPTION_APPROVERS_KEY} is not set: every signed-in user may approve and deny readiness exemptions`,
          );
        }
        policy.setPolicy(
          new StagecraftPermissionPolicy({
            userInfo,
            reviewers,
            campaignManagers,
            exemptionApprovers,
          }),
        );
      },
    });
  },
});
