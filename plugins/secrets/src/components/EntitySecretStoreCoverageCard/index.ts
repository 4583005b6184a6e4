export { EntitySecretStoreCoverageCard } from './EntitySecretStoreCoverageCard';
