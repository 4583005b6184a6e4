export { BoundedTtlMap } from './BoundedTtlMap';
export type { BoundedTtlMapOptions } from './BoundedTtlMap';
