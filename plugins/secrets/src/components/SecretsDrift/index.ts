export { DriftTab } from './DriftTab';
