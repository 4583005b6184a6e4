import {
  applyExemptions,
  type EntityReadiness,
  type Exemption,
} from '@stagecraft/plugin-readiness-common';

/** Forty days ahead, at midnight UTC, so the fixtures' exemptions never lapse. */
export const EXPIRES_AT = new Date(
  Math.floor(Date.now() / 86_400_000 + 40) * 86_400_000,
).toISOString();

/** "Exempt until <date>" of an exemption that expires at `EXPIRES_AT`. */
export const EXEMPT_UNTIL = `Exempt until ${EXPIRES_AT.slice(0, 10)}`;

/** A stored exemption of `checkId` on `entityRef`, requested by Jane, in `state`. */
export function exemptionOf(
  entityRef: string,
  checkId: string,
  state: Exemption['state'],
  id = '1',
): Exemption {
  return {
    id,
    entityRef,
    checkId,
    reason: 'Alarms move to the new account in January',
    expiresAt: EXPIRES_AT,
    state,
    requestedBy: 'user:default/jane.doe',
    requestedAt: '2026-11-20T10:00:00.000Z',
    ...(state === 'approved' || state === 'denied'
      ? {
          decidedBy: 'user:default/maria.lopez',
          decidedAt: '2026-11-21T09:00:00.000Z',
        }
      : {}),
  };
}

/** `result` as the backend answers it once an approved exemption lets off `checkId`. */
export function withExemption(
  result: EntityReadiness,
  checkId: string,
): EntityReadiness {
  return applyExemptions(
    result,
    [exemptionOf(result.entityRef, checkId, 'approved')],
    new Date(),
  );
}
