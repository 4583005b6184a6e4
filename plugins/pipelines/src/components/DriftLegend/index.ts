export { DriftLegend } from './DriftLegend';
