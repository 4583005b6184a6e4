export { EntityCapacityCard } from './EntityCapacityCard';
