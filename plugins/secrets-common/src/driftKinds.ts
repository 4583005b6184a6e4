import type { DriftKind } from './drift';

/** Every kind of drift, in the order the pages show them, with what people call it. */
export const DRIFT_KIND_LABELS: Record<DriftKind, string> = {
  shadow: 'Shadow (not in the catalog)',
  ghost: 'Ghost (not in its store)',
  'rotation-overdue': 'Rotation overdue',
  'rotation-disabled': 'Rotation disabled',
  unused: 'Unused',
  expiring: 'Expiring',
};

/** Every kind of drift, in the order the pages show them. */
export const DRIFT_KINDS = Object.keys(DRIFT_KIND_LABELS) as DriftKind[];

export const isDriftKind = (value: unknown): value is DriftKind =>
  DRIFT_KINDS.includes(value as DriftKind);
