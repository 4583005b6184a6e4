export { StageHealthSummary } from './StageHealthSummary';
