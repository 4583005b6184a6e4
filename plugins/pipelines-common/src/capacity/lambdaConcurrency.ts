import { ExpectedPeak } from '@stagecraft/catalog-conventions-common';
import { formatCount, formatMs, formatRate, headroomText } from './format';
import { checkNeed, unknownCheck } from './checkResults';
import { CapacityCheckResult } from './types';

/** The duration a Lambda's need is computed from: its p99, or its timeout as a stated worst case. */
export interface LambdaDuration {
  ms: number;
  from: 'p99' | 'timeout';
}

/**
 * Concurrent executions a function needs at peak: rate × duration × headroom, rounded up;
 * ÷ the batch size when each invocation takes a batch of records (a stream or queue source).
 */
export function lambdaConcurrencyNeeded(
  peak: ExpectedPeak,
  duration: LambdaDuration,
  headroom: number,
  batchSize: number = 1,
): number {
  return Math.ceil(
    ((peak.ratePerSecond * duration.ms) / 1000 / batchSize) * headroom - 1e-9,
  );
}

function durationText(duration: LambdaDuration): string {
  return duration.from === 'p99'
    ? `${formatMs(duration.ms)} p99`
    : `${formatMs(
        duration.ms,
      )} (its timeout, as no p99 duration could be read)`;
}

export interface LambdaConcurrencyInput {
  resourceRef: string;
  functionName: string;
  peak: ExpectedPeak;
  duration?: LambdaDuration;
  /** The function's reserved concurrency; null when it has none (it shares the unreserved pool). */
  reserved: number | null | undefined;
  /** The account's unreserved concurrency in the function's region, when read. */
  unreservedAvailable?: number;
  headroom: number;
  /** Records per invocation when the function is fed by a stream or queue. */
  batchSize?: number;
}

/** Reserved (or the account's unreserved) concurrency ≥ peak rate × p99 duration × headroom. */
export function checkLambdaConcurrency(
  input: LambdaConcurrencyInput,
): CapacityCheckResult {
  const { resourceRef, functionName, peak, duration, reserved, headroom } =
    input;
  const resource = `Lambda ${functionName}`;
  if (!duration) {
    return unknownCheck(
      'lambda-concurrency',
      resourceRef,
      resource,
      'neither its p99 duration nor its timeout could be read',
    );
  }
  const batchSize = input.batchSize ?? 1;
  const needed = lambdaConcurrencyNeeded(peak, duration, headroom, batchSize);
  const perBatch =
    batchSize > 1 ? ` ÷ batch size ${formatCount(batchSize)}` : '';
  const needs = `needs ${formatCount(
    needed,
  )} concurrent executions at ${formatRate(peak)} × ${durationText(
    duration,
  )}${perBatch}${headroomText(headroom)}`;
  const numbers: Record<string, number> = {
    needed,
    ratePerSecond: peak.ratePerSecond,
    durationMs: duration.ms,
    headroom,
    ...(batchSize > 1 ? { batchSize } : {}),
  };
  const fromPool = reserved === null;
  return checkNeed(
    { kind: 'lambda-concurrency', resourceRef, resource },
    {
      needed,
      needs,
      available: fromPool ? input.unreservedAvailable : reserved,
      unread: `its ${
        reserved === undefined
          ? 'reserved concurrency'
          : "account's unreserved concurrency"
      }`,
      has: available =>
        fromPool
          ? `no reserved concurrency; the account's unreserved pool is ${formatCount(
              available,
            )}`
          : `reserved ${formatCount(available)}`,
      numbers: available => ({
        ...numbers,
        [fromPool ? 'unreservedAvailable' : 'reserved']: available,
      }),
      fix: `Reserve at least ${formatCount(
        needed,
      )} concurrent executions for ${functionName} (PutFunctionConcurrency), or bring its duration down.`,
    },
  );
}

export interface AccountConcurrencyInput {
  resourceRef: string;
  accountId: string;
  region: string;
  /** The account's concurrency limit in the region (`GetAccountSettings`). */
  limit?: number;
  /** What each of the account's functions in scope needs at peak. */
  functions: Array<{ name: string; needed: number }>;
}

/** The account's concurrency limit ≥ the sum its functions need at peak. */
export function checkAccountConcurrency(
  input: AccountConcurrencyInput,
): CapacityCheckResult {
  const { resourceRef, accountId, region, limit, functions } = input;
  const where = `${
    accountId ? `account ${accountId}` : 'default account'
  } (${region})`;
  const resource = `Lambda concurrency limit of ${where}`;
  const total = functions.reduce((sum, f) => sum + f.needed, 0);
  const parts = functions
    .map(f => `${f.name} ${formatCount(f.needed)}`)
    .join(' + ');
  const needs = `its functions need ${formatCount(
    total,
  )} concurrent executions at peak (${parts})`;
  return checkNeed(
    { kind: 'lambda-account-concurrency', resourceRef, resource },
    {
      needed: total,
      needs,
      available: limit,
      unread: 'the account limit',
      has: available => `account limit ${formatCount(available)}`,
      numbers: available => ({ needed: total, limit: available }),
      fix: `Ask AWS to raise the Lambda concurrent executions quota of ${where} to at least ${formatCount(
        total,
      )} (Service Quotas).`,
    },
  );
}
