import { LoggerService } from '@backstage/backend-plugin-api';
import { messageOf } from '@stagecraft/backend-node';

/**
 * Runs `step` on each item in turn. One that throws is logged as `failure(item)` and the
 * error's message, and the others still run.
 */
export async function eachOnItsOwn<T>(
  items: T[],
  step: (item: T) => Promise<unknown>,
  logger: LoggerService,
  failure: (item: T) => string,
): Promise<void> {
  for (const item of items) {
    try {
      await step(item);
    } catch (error) {
      logger.error(`${failure(item)}: ${messageOf(error)}`);
    }
  }
}
