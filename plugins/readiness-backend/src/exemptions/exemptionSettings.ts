import { Config } from '@backstage/config';
import {
  DEFAULT_EXEMPTION_MAX_DAYS,
  READINESS_CONFIG_ROOT,
} from '@stagecraft/plugin-readiness-common';

export const EXEMPTIONS_KEY = `${READINESS_CONFIG_ROOT}.exemptions`;

/** `stagecraft.readiness.exemptions`, as the backend uses it (approvers are the policy's). */
export type ExemptionSettings = {
  /** The longest an exemption may run, in days from its request. */
  maxDays: number;
  /** Whether an approver may decide their own request. */
  allowSelfApproval: boolean;
  /** Days before expiry the owner is told. */
  reminderDays: number;
};

function wholeDays(root: Config | undefined, key: string, fallback: number) {
  const value = root?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid configuration at ${EXEMPTIONS_KEY}.${key}: expected a whole number of days of at least 1, got ${value}`,
    );
  }
  return value;
}

/** Reads the exemption settings; an invalid one stops the backend naming its key. */
export function readExemptionSettings(config: Config): ExemptionSettings {
  const root = config.getOptionalConfig(EXEMPTIONS_KEY);
  return {
    maxDays: wholeDays(root, 'maxDays', DEFAULT_EXEMPTION_MAX_DAYS),
    allowSelfApproval: root?.getOptionalBoolean('allowSelfApproval') ?? false,
    reminderDays: wholeDays(root, 'reminderDays', 7),
  };
}
