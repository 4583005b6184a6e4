export { HealthChip } from './HealthChip';
export type { HealthChipProps } from './HealthChip';
export { HEALTH_COLORS } from './healthColors';
