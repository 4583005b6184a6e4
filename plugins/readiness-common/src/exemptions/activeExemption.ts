import { refKey } from '@stagecraft/catalog-conventions-common';
import { effectiveState } from './effectiveState';
import { AppliedExemption, Exemption } from './types';

/**
 * The approved, unexpired exemptions among `exemptions`, by entity (its lower-cased ref)
 * and check id, so results can look theirs up without scanning the list.
 */
export function activeExemptionIndex(
  exemptions: readonly Exemption[],
  now: Date,
): (entityRef: string, checkId: string) => Exemption | undefined {
  const index = new Map<string, Exemption>();
  for (const exemption of exemptions) {
    if (effectiveState(exemption, now) !== 'approved') continue;
    index.set(`${refKey(exemption.entityRef)} ${exemption.checkId}`, exemption);
  }
  return (entityRef, checkId) => index.get(`${refKey(entityRef)} ${checkId}`);
}

/** What a check result or campaign outcome carries of the exemption that lets it off. */
export function appliedExemption(
  exemption: Exemption,
  originalStatus: AppliedExemption['originalStatus'],
): AppliedExemption {
  return {
    id: exemption.id,
    reason: exemption.reason,
    expiresAt: exemption.expiresAt,
    ...(exemption.decidedBy ? { approvedBy: exemption.decidedBy } : {}),
    originalStatus,
  };
}
