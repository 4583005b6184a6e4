import type { DriftKind } from '@stagecraft/plugin-secrets-common';

/** One colour per kind, told apart on light and dark themes alike. */
export const DRIFT_KIND_COLORS: Record<DriftKind, string> = {
  shadow: '#8e24aa',
  ghost: '#e53935',
  'rotation-overdue': '#fb8c00',
  'rotation-disabled': '#6d4c41',
  unused: '#607d8b',
  expiring: '#1e88e5',
};
