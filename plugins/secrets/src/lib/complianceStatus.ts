import type { SecretCompliance } from '@stagecraft/plugin-secrets-common';

/** How a secret's compliance reads at a glance. */
export type ComplianceStatus = 'non-compliant' | 'warnings' | 'compliant';

export function complianceStatus(
  compliance: SecretCompliance,
): ComplianceStatus {
  if (!compliance.compliant) {
    return 'non-compliant';
  }
  return compliance.findings.some(f => f.severity === 'warning')
    ? 'warnings'
    : 'compliant';
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then hints, so the thing to fix first is on top. */
export function sortedFindings(compliance: SecretCompliance) {
  return [...compliance.findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity],
  );
}
