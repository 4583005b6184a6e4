import { Config } from '@backstage/config';
import { parseEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';

export const REVIEWERS_KEY = 'stagecraft.secrets.reviewers';

/**
 * The configured reviewer groups as lower-case entity refs, or undefined when
 * `stagecraft.secrets.reviewers` is not set.
 */
export function readReviewers(config: Config): string[] | undefined {
  return readGroupRefs(config, REVIEWERS_KEY);
}

/** Who may create and edit readiness campaigns (`readiness.campaign.manage`). */
export const CAMPAIGN_MANAGERS_KEY = 'stagecraft.readiness.campaigns.managers';

/** Who may approve and deny readiness exemptions (`readiness.exemption.approve`). */
export const EXEMPTION_APPROVERS_KEY =
  'stagecraft.readiness.exemptions.approvers';

/**
 * The groups listed at `key` as lower-case entity refs (kind group and namespace default
 * unless written), or undefined when `key` is not set.
 */
export function readGroupRefs(
  config: Config,
  key: string,
): string[] | undefined {
  if (!config.has(key)) {
    return undefined;
  }
  const refs = config.getStringArray(key);
  return refs.map((ref, index) => {
    try {
      return refKey(
        parseEntityRef(ref.trim(), {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      );
    } catch (error) {
      throw new Error(
        `Invalid configuration at ${key}[${index}]: "${ref}" is not an entity ref; expected e.g. group:default/security-team (${
          (error as Error).message
        })`,
      );
    }
  });
}
