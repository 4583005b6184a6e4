export { EntitySecretRotationCard } from './EntitySecretRotationCard';
