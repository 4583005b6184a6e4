export { StageDetails } from './StageDetails';
