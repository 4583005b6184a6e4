export { TransitionTracker } from './TransitionTracker';
export type { TransitionTrackerOptions } from './TransitionTracker';
export type { ObservedState, TransitionSummary } from './types';
export { entityPageLink } from './entityPageLink';
