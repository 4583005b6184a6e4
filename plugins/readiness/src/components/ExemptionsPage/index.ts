export { ExemptionsPage } from './ExemptionsPage';
