/**
 * Stagecraft operational readiness backend.
 *
 * @packageDocumentation
 */
export { readinessPlugin as default } from './plugin';
export { EVALUATE_ALL_TASK_ID } from './service/scheduleEvaluation';

// The parts bench/readiness assembles to time a whole-catalog evaluation.
// Not a stable API: the plugin above is what a backend installs.
export { readReadinessBackendConfig } from './config';
export type { ReadinessBackendConfig } from './config';
export { ReadinessStore } from './database/ReadinessStore';
export { ReadinessCatalogReader } from './service/ReadinessCatalogReader';
export { ReadinessService } from './service/ReadinessService';
export type { RunSummary } from './service/ReadinessService';
