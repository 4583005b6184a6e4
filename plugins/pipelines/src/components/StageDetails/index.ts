export { StageDetails } from './StageDetails';
export { StageHealthSummary } from './StageHealthSummary';
