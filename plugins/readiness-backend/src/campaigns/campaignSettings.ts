import { Config } from '@backstage/config';
import {
  CampaignInput,
  parseCampaignInput,
  READINESS_CONFIG_ROOT,
} from '@stagecraft/plugin-readiness-common';

export const CAMPAIGNS_KEY = `${READINESS_CONFIG_ROOT}.campaigns`;

/** `stagecraft.readiness.campaigns`: campaigns seeded from config, and when owners are reminded. */
export type CampaignSettings = {
  /** Added at startup when no campaign has their id (edits in the portal are kept). */
  seed: Array<CampaignInput & { id: string }>;
  /** Days before the deadline owners who still fail are reminded; default 7 and 1. */
  reminderDays: number[];
};

/** Reads the campaign settings; an invalid one stops the backend with the key that is wrong. */
export function readCampaignSettings(
  config: Config,
  knownChecks: readonly string[],
): CampaignSettings {
  const root = config.getOptionalConfig(CAMPAIGNS_KEY);
  const configured = root?.getOptional<unknown[]>('reminderDays');
  const reminderDays: number[] = (configured ?? [7, 1]) as number[];
  reminderDays.forEach((days, index) => {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
      throw new Error(
        `Invalid configuration at ${CAMPAIGNS_KEY}.reminderDays[${index}]: expected a whole number of days, got ${days}`,
      );
    }
  });
  const seed = (root?.getOptionalConfigArray('seed') ?? []).map(
    (entry, index) => {
      const key = `${CAMPAIGNS_KEY}.seed[${index}]`;
      const id = entry.getString('id');
      if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) {
        throw new Error(
          `Invalid configuration at ${key}.id: "${id}" must be lower-case letters, digits and dashes`,
        );
      }
      try {
        return { id, ...parseCampaignInput(entry.get(), knownChecks) };
      } catch (error) {
        throw new Error(
          `Invalid configuration at ${key} (${id}): ${
            (error as Error).message
          }`,
        );
      }
    },
  );
  return { seed, reminderDays };
}
