import { Exemption, ExemptionState } from './types';

/**
 * The state an exemption has at `now`: an approved one whose expiry has passed is `expired`
 * even before the scheduled sweep records it, so an exemption lapses on time everywhere.
 */
export function effectiveState(
  exemption: Pick<Exemption, 'state' | 'expiresAt'>,
  now: Date,
): ExemptionState {
  if (
    exemption.state === 'approved' &&
    Date.parse(exemption.expiresAt) <= now.getTime()
  ) {
    return 'expired';
  }
  return exemption.state;
}
