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

/** What a check needs, and what is there when it could be read. */
export interface Need {
  needed: number;
  /** How much is needed and why, e.g. "needs 8 shards at 4,000 records/s". */
  needs: string;
  /** What is there; undefined when it could not be read. */
  available: number | undefined;
  /** What could not be read, e.g. "its shard count". */
  unread: string;
  /** What is there, in words. */
  has: (available: number) => string;
  numbers: (available: number) => Record<string, number>;
  fix: string;
}

/** Enough is there when it covers the need; unknown, naming what could not be read, when unread. */
export function checkNeed(
  checked: CheckedResource,
  need: Need,
): CapacityCheckResult {
  const { needed, needs, available } = need;
  if (available === undefined) {
    return unknownCheck(
      checked.kind,
      checked.resourceRef,
      checked.resource,
      `${needs}; ${need.unread} could not be read`,
    );
  }
  return decidedCheck(checked, available >= needed, {
    arithmetic: `${needs}; ${need.has(available)}`,
    numbers: need.numbers(available),
    fix: need.fix,
  });
}
