export { ExemptionFiltersBar } from './ExemptionFiltersBar';
