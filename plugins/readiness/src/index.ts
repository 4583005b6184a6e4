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
  EntityReadinessSummaryCard,
  ReadinessCampaignsPage,
  EntityCampaignsCard,
  ReadinessExemptionsPage,
} from './plugin';
export { hasReadinessChecks } from './lib/hasReadinessChecks';
export { readinessApiRef, ReadinessClient } from './api';
export type { ReadinessApi, TrendFilter } from './api';
