import { SchedulerService } from '@backstage/backend-plugin-api';

/**
 * Schedules `pass` as task `id` every hour on one replica (global scope), the first a
 * minute after start-up, given ten minutes a run.
 */
export async function scheduleHourlyPass(
  scheduler: SchedulerService,
  id: string,
  pass: () => Promise<void>,
): Promise<void> {
  await scheduler.scheduleTask({
    id,
    frequency: { hours: 1 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    scope: 'global',
    fn: pass,
  });
}
