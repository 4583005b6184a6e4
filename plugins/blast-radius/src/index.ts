/**
 * Blast radius for Stagecraft entity pages.
 *
 * @packageDocumentation
 */
export {
  blastRadiusPlugin,
  EntityBlastRadiusCard,
  EntityBlastRadiusContent,
} from './plugin';
export { blastRadiusApiRef, BlastRadiusClient } from './api';
export type { BlastRadiusApi } from './api';
export type { EntityBlastRadiusContentProps } from './components/EntityBlastRadiusContent';
export type { EntityBlastRadiusCardProps } from './components/EntityBlastRadiusCard';
export { isBlastRadiusAvailable } from './lib/isBlastRadiusAvailable';
