export { EntityBlastRadiusCard } from './EntityBlastRadiusCard';
export type { EntityBlastRadiusCardProps } from './EntityBlastRadiusCard';
