import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ReadinessService } from './ReadinessService';

/** The scheduler task that evaluates the whole catalog. Global scope: one replica runs it per cadence. */
export const EVALUATE_ALL_TASK_ID = 'readiness-evaluate-all';

export async function scheduleEvaluation(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  service: ReadinessService;
  logger: LoggerService;
}): Promise<void> {
  const { scheduler, schedule, service, logger } = options;
  await scheduler.scheduleTask({
    ...schedule,
    id: EVALUATE_ALL_TASK_ID,
    // config readers leave scope undefined when not set; say it explicitly
    scope: schedule.scope ?? 'global',
    fn: async abortSignal => {
      try {
        await service.evaluateAll(abortSignal);
      } catch (error) {
        logger.error(
          `Readiness: evaluating the catalog failed: ${
            error instanceof Error ? error.message : String(error)
          }`,
        );
        throw error;
      }
    },
  });
}
