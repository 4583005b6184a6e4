export { StageCharts } from './StageCharts';
