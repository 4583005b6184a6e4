export * from './types';
export { effectiveState } from './effectiveState';
