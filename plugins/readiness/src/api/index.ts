export { readinessApiRef } from './ReadinessApi';
export type { ReadinessApi, TrendFilter } from './ReadinessApi';
export { ReadinessClient } from './ReadinessClient';
