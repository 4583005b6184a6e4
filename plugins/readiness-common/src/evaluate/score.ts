import { CheckResult, ReadinessStatus } from '../types';

/**
 * Share of checks that passed, 0–100, roll-ups excluded; a check let off by an approved
 * exemption (`exempt`) counts as passed. 100 when there is nothing to check.
 */
export function scoreOf(checks: CheckResult[], rollUpIds: string[]): number {
  const counted = checks.filter(check => !rollUpIds.includes(check.checkId));
  if (counted.length === 0) {
    return 100;
  }
  const passed = counted.filter(
    check => check.status === 'pass' || check.status === 'exempt',
  ).length;
  return Math.round((100 * passed) / counted.length);
}

/** fail > error > warn > pass; see {@link ReadinessStatus}. */
export function statusOf(checks: CheckResult[]): ReadinessStatus {
  if (checks.some(c => c.status === 'fail' && c.severity === 'error')) {
    return 'fail';
  }
  if (checks.some(c => c.status === 'error')) {
    return 'error';
  }
  if (checks.some(c => c.status === 'fail')) {
    return 'warn';
  }
  return 'pass';
}
