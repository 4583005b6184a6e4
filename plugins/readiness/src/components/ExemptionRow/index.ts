export { ExemptionRow } from './ExemptionRow';
