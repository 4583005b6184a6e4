import { parseEntityRef } from '@backstage/catalog-model';
import { refKey } from '@stagecraft/catalog-conventions-common';
import { ExemptionRequestInput } from './types';

/** The longest reason an exemption request may give. */
export const EXEMPTION_REASON_MAX_LENGTH = 2000;

/** The longest an exemption may run when `stagecraft.readiness.exemptions.maxDays` is not set. */
export const DEFAULT_EXEMPTION_MAX_DAYS = 90;

const DAY_MS = 86_400_000;
const ISO_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

class ExemptionInputError extends Error {
  name = 'InputError';
}

const bad = (field: string, problem: string): never => {
  throw new ExemptionInputError(`Exemption field ${field} ${problem}`);
};

function text(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    return bad(field, 'must be a non-empty string');
  }
  return value.trim();
}

/**
 * Checks an exemption request; throws an error (name `InputError`) naming the field. The
 * entity ref comes back lower-cased in full (`component:default/orders-api`), the expiry as
 * an ISO time in UTC. `knownChecks` are the configured check ids; roll-ups (which follow the
 * checks they roll up) cannot be exempted.
 */
export function parseExemptionRequest(
  body: unknown,
  options: {
    knownChecks: readonly string[];
    rollUpIds?: readonly string[];
    maxDays?: number;
    now: Date;
  },
): ExemptionRequestInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return bad('body', 'must be an object');
  }
  const input = body as Record<string, unknown>;
  const rawRef = text(input, 'entityRef');
  let entityRef: string;
  try {
    entityRef = refKey(parseEntityRef(rawRef));
  } catch (error) {
    return bad(
      'entityRef',
      `must be an entity ref like component:default/orders-api, got ${JSON.stringify(
        rawRef,
      )} (${(error as Error).message})`,
    );
  }
  const checkId = text(input, 'checkId');
  if (!options.knownChecks.includes(checkId)) {
    bad(
      'checkId',
      `must be a configured check (${options.knownChecks.join(
        ', ',
      )}), got ${JSON.stringify(checkId)}`,
    );
  }
  if (options.rollUpIds?.includes(checkId)) {
    bad(
      'checkId',
      `${checkId} rolls up other checks; request an exemption for the check that fails`,
    );
  }
  const reason = text(input, 'reason');
  if (reason.length > EXEMPTION_REASON_MAX_LENGTH) {
    bad(
      'reason',
      `must be at most ${EXEMPTION_REASON_MAX_LENGTH} characters, got ${reason.length}`,
    );
  }
  const rawExpiry = text(input, 'expiresAt');
  const expiry = Date.parse(rawExpiry);
  if (!ISO_TIME.test(rawExpiry) || Number.isNaN(expiry)) {
    bad(
      'expiresAt',
      `must be an ISO 8601 time like 2026-12-31T23:59:59Z, got ${JSON.stringify(
        rawExpiry,
      )}`,
    );
  }
  const now = options.now.getTime();
  if (expiry <= now) {
    bad('expiresAt', `must be in the future, got ${rawExpiry}`);
  }
  const maxDays = options.maxDays ?? DEFAULT_EXEMPTION_MAX_DAYS;
  if (expiry > now + maxDays * DAY_MS) {
    bad(
      'expiresAt',
      `must be within ${maxDays} days of the request (by ${new Date(
        now + maxDays * DAY_MS,
      ).toISOString()}), got ${rawExpiry}`,
    );
  }
  return {
    entityRef,
    checkId,
    reason,
    expiresAt: new Date(expiry).toISOString(),
  };
}
