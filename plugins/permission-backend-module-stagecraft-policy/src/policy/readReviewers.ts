import { Config } from '@backstage/config';
import { parseEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';

export const REVIEWERS_KEY = 'stagecraft.secrets.reviewers';

/**
 * The configured reviewer groups as lower-case entity refs, or undefined when
 * `stagecraft.secrets.reviewers` is not set.
 */
export function readReviewers(config: Config): string[] | undefined {
  if (!config.has(REVIEWERS_KEY)) {
    return undefined;
  }
  const refs = config.getStringArray(REVIEWERS_KEY);
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
        `Invalid configuration at ${REVIEWERS_KEY}[${index}]: "${ref}" is not an entity ref; expected e.g. group:default/security-team (${
          (error as Error).message
        })`,
      );
    }
  });
}
