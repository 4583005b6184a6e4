import { Entity } from '@backstage/catalog-model';
import { interruptionOf } from '@stagecraft/backend-node';
import { CheckResult } from '@stagecraft/plugin-readiness-common';

/** Verifies one entity's catalog-only result of a check over the network. */
export type VerifyCheck = (
  entity: Entity,
  result: CheckResult,
) => Promise<CheckResult>;

/**
 * Adds network-backed verification to one check. `startRun` is called once
 * per evaluation with the entities about to be evaluated, so a verifier can
 * batch lookups and cache answers for the length of the run only.
 */
export interface CheckVerifier {
  readonly checkId: string;
  /** `signal` aborts when the run is abandoned: outstanding requests should stop. */
  startRun(entities: Entity[], signal?: AbortSignal): Promise<VerifyCheck>;
}

/** The result marked as impossible to verify, e.g. after a timeout. */
export function couldNotVerify(
  result: CheckResult,
  reason: string,
  source: CheckResult['verifiedWith'][number],
): CheckResult {
  return {
    ...result,
    status: 'error',
    reason,
    fix: undefined,
    verifiedWith: [...new Set([...result.verifiedWith, source])],
  };
}

/** Describes a failed request without anything from the request itself (no headers, no tokens). */
export function describeRequestError(
  error: unknown,
  timeoutMs: number,
): string {
  if (interruptionOf(error)) {
    return `no answer within ${timeoutMs} ms`;
  }
  // DOMExceptions are not always `instanceof Error` across realms.
  const { message, cause } = (error ?? {}) as {
    message?: string;
    cause?: { code?: string };
  };
  if (typeof message === 'string') {
    return cause?.code ? `${message} (${cause.code})` : message;
  }
  return String(error);
}
