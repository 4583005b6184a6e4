import type { FindingSeverity } from '@stagecraft/plugin-secrets-common';

const ORDER: Record<FindingSeverity, number> = {
  error: 0,
  warning: 1,
  info: 2,
};

/** Errors, then warnings, then hints, so the thing to fix first is on top. */
export const bySeverity = (
  a: { severity: FindingSeverity },
  b: { severity: FindingSeverity },
) => ORDER[a.severity] - ORDER[b.severity];
