export { buildReadinessCatalogView } from './catalogView';
export type { ReadinessCatalogView } from './catalogView';
export { relatedRefsOf } from './relatedRefs';
