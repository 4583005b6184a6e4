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
