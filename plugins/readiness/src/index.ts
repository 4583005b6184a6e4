/**
 * Stagecraft operational readiness: entity cards and the Readiness page.
 *
 * @packageDocumentation
 */
export {
  readinessPlugin,
  ReadinessPage,
  EntityReadinessCard,
  EntityOnCallCard,
} from './plugin';
export { readinessApiRef, ReadinessClient } from './api';
export type { ReadinessApi, TrendFilter } from './api';
