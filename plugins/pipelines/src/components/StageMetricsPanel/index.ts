export { StageMetricsPanel } from './StageMetricsPanel';
