import { CapacityCheckKind, CapacityCheckResult } from './types';

/** A check that could not be made, with why: never a pass or fail on what was not read. */
export function unknownCheck(
  kind: CapacityCheckKind,
  resourceRef: string,
  resource: string,
  why: string,
): CapacityCheckResult {
  return {
    kind,
    resourceRef,
    resource,
    verdict: 'unknown',
    arithmetic: why,
    numbers: {},
  };
}
