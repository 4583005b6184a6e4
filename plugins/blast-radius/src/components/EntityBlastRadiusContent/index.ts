export { EntityBlastRadiusContent } from './EntityBlastRadiusContent';
export type { EntityBlastRadiusContentProps } from './EntityBlastRadiusContent';
