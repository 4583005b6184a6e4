import { CheckResult } from '../types';
import { CheckOutcome, fail, pass } from '../checks/types';

/**
 * `production-complete`: passes when every required check that applies
 * passed, or is let off by an approved exemption (`exempt`, named in the reason). Computed last, after any network verification changed results.
 */
export function rollUpProductionComplete(
  checks: CheckResult[],
  requires: string[],
): Omit<CheckOutcome, 'status'> & { status: CheckResult['status'] } {
  const required = checks.filter(check => requires.includes(check.checkId));
  const failing = required.filter(check => check.status === 'fail');
  const errored = required.filter(check => check.status === 'error');
  if (failing.length > 0) {
    return fail(
      `Not production complete: ${failing.map(c => c.title).join(', ')} ${
        failing.length === 1 ? 'fails' : 'fail'
      }.`,
      'Fix the failing checks listed above.',
    );
  }
  if (errored.length > 0) {
    return {
      status: 'error',
      reason: `Could not be confirmed: ${errored
        .map(c => c.title)
        .join(', ')} could not be checked.`,
    };
  }
  if (required.length === 0) {
    return pass('None of the required checks apply to this entity.');
  }
  const exempt = required.filter(check => check.status === 'exempt');
  const exemptions = exempt.length
    ? ` (${exempt.map(c => c.title).join(', ')} by an approved exemption)`
    : '';
  return pass(`Passes ${required.map(c => c.title).join(', ')}${exemptions}.`);
}
