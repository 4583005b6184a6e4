import { DEFAULT_PRODUCTION_COMPLETE_REQUIRES } from '../config/defaults';
import { ROLL_UP_CHECK_IDS } from '../evaluate/evaluateEntity';
import { rollUpProductionComplete } from '../evaluate/rollUp';
import { scoreOf, statusOf } from '../evaluate/score';
import { CheckResult, EntityReadiness } from '../types';
import { activeExemptionIndex, appliedExemption } from './activeExemption';
import { Exemption } from './types';

function rejudgedRollUp(
  check: CheckResult,
  checks: CheckResult[],
  productionCompleteRequires: readonly string[],
): CheckResult {
  if (check.checkId !== 'production-complete') return check;
  const { status, reason, fix } = rollUpProductionComplete(checks, [
    ...productionCompleteRequires,
  ]);
  const { fix: _oldFix, ...rest } = check;
  return {
    ...rest,
    status,
    reason,
    ...(status !== 'pass' && fix ? { fix } : {}),
  };
}

/**
 * The result as the approved, unexpired exemptions among `exemptions` make it: each failed
 * or errored check one of them names becomes `exempt` (with the exemption), the roll-ups are
 * judged again over the new statuses, and the score, status and `exempted` count follow.
 * Results no exemption touches come back as given.
 */
export function applyExemptions(
  readiness: EntityReadiness,
  exemptions: readonly Exemption[],
  now: Date,
  rollUpIds: readonly string[] = ROLL_UP_CHECK_IDS,
  productionCompleteRequires: readonly string[] = DEFAULT_PRODUCTION_COMPLETE_REQUIRES,
): EntityReadiness {
  const activeFor = activeExemptionIndex(exemptions, now);
  let exempted = 0;
  const checks = readiness.checks.map(check => {
    if (rollUpIds.includes(check.checkId)) return check;
    if (check.status !== 'fail' && check.status !== 'error') return check;
    const exemption = activeFor(readiness.entityRef, check.checkId);
    if (!exemption) return check;
    exempted += 1;
    return {
      ...check,
      status: 'exempt' as const,
      exemption: appliedExemption(exemption, check.status),
    };
  });
  if (exempted === 0) return readiness;
  const counted = checks.filter(check => !rollUpIds.includes(check.checkId));
  const all = checks.map(check =>
    rollUpIds.includes(check.checkId)
      ? rejudgedRollUp(check, counted, productionCompleteRequires)
      : check,
  );
  return {
    ...readiness,
    checks: all,
    score: scoreOf(all, [...rollUpIds]),
    status: statusOf(all),
    exempted,
  };
}
