import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { TransitionTracker } from '@stagecraft/backend-node';
import { eachOnItsOwn } from '../scheduling/eachOnItsOwn';
import { scheduleHourlyPass } from '../scheduling/scheduleHourlyPass';
import { CampaignService } from './CampaignService';
import { campaignTransitionStates } from './campaignTransitions';

/** The scheduler task that records campaigns' days and tells owners. Global: one replica a cadence. */
export const CAMPAIGNS_TASK_ID = 'readiness-campaigns';

/**
 * One pass over every campaign: its progress now (which records a running campaign's day
 * for the burn-up) and, with a tracker, the owners' start notifications and reminders. One
 * campaign that fails is logged and does not stop the others.
 */
export async function runCampaignCycle(options: {
  campaigns: CampaignService;
  transitions?: TransitionTracker;
  reminderDays: number[];
  logger: LoggerService;
  now?: () => Date;
}): Promise<void> {
  const { campaigns, transitions, reminderDays, logger } = options;
  const now = options.now ?? (() => new Date());
  await eachOnItsOwn(
    await campaigns.store.list(),
    async campaign => {
      const progress = await campaigns.progress(campaign);
      if (transitions) {
        await transitions.observe(
          campaignTransitionStates(progress, now(), reminderDays),
        );
      }
    },
    logger,
    campaign => `Readiness campaign ${campaign.id}: the daily pass failed`,
  );
}

export async function scheduleCampaignCycle(
  scheduler: SchedulerService,
  options: Parameters<typeof runCampaignCycle>[0],
): Promise<void> {
  await scheduleHourlyPass(scheduler, CAMPAIGNS_TASK_ID, () =>
    runCampaignCycle(options),
  );
}
