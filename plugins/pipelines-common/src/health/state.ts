/**
 * Health of a stage, least to most serious. `data-stopped` (a stream that normally has
 * traffic receiving none) is the most serious; `unknown` means the metrics could not be read.
 */
export const HEALTH_STATES = [
  'not-monitored',
  'ok',
  'unknown',
  'warning',
  'critical',
  'data-stopped',
] as const;

export type HealthState = (typeof HEALTH_STATES)[number];

export const HEALTH_LABELS: Record<HealthState, string> = {
  'not-monitored': 'Not monitored',
  ok: 'Healthy',
  unknown: 'Unknown',
  warning: 'Warning',
  critical: 'Critical',
  'data-stopped': 'Data stopped',
};

export function healthSeverity(state: HealthState): number {
  return HEALTH_STATES.indexOf(state);
}

/** The most serious of some states (`not-monitored` when there are none). */
export function worstHealth(states: Iterable<HealthState>): HealthState {
  let worst: HealthState = 'not-monitored';
  for (const state of states) {
    if (healthSeverity(state) > healthSeverity(worst)) worst = state;
  }
  return worst;
}

/** One reason a stage is in its state, naming the metric and the threshold crossed. */
export interface HealthReason {
  state: HealthState;
  /** Metric id (see `METRIC_PROFILES`), or `fetch` when metrics could not be read. */
  metric: string;
  message: string;
}

export interface StageHealth {
  state: HealthState;
  reasons: HealthReason[];
}
