import { CapacityCheckKind, CapacityCheckResult } from './types';

/** What a check is about: its kind and resource. */
export type CheckedResource = Pick<
  CapacityCheckResult,
  'kind' | 'resourceRef' | 'resource'
>;

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

/** A check decided by `ok`: a pass, or a fail with its fix. */
export function decidedCheck(
  checked: CheckedResource,
  ok: boolean,
  outcome: Pick<CapacityCheckResult, 'arithmetic' | 'numbers'> & {
    fix: string;
  },
): CapacityCheckResult {
  const { fix, ...rest } = outcome;
  return {
    ...checked,
    verdict: ok ? 'pass' : 'fail',
    ...rest,
    ...(ok ? {} : { fix }),
  };
}
