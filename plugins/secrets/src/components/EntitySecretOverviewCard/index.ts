export { EntitySecretOverviewCard } from './EntitySecretOverviewCard';
