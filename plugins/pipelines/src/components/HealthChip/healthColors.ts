import { HealthState } from '@stagecraft/plugin-pipelines-common';

/** Colours of each health state (chip background, node border, chart accents). */
export const HEALTH_COLORS: Record<HealthState, string> = {
  'not-monitored': '#9e9e9e',
  ok: '#2e7d32',
  unknown: '#616161',
  warning: '#ef6c00',
  critical: '#c62828',
  'data-stopped': '#4a148c',
};
