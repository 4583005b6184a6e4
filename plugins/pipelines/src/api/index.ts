export { pipelinesApiRef } from './PipelinesApi';
export type { PipelinesApi } from './PipelinesApi';
export { PipelinesClient } from './PipelinesClient';
