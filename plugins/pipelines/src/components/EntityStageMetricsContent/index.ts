export { EntityStageMetricsContent } from './EntityStageMetricsContent';
