/**
 * Stagecraft operational readiness backend.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
export { EVALUATE_ALL_TASK_ID } from './service/scheduleEvaluation';
