export * from './types';
export { effectiveState } from './effectiveState';
export { activeExemptionIndex, appliedExemption } from './activeExemption';
export { applyExemptions } from './applyExemptions';
export {
  DEFAULT_EXEMPTION_MAX_DAYS,
  EXEMPTION_REASON_MAX_LENGTH,
  parseExemptionRequest,
} from './parseExemptionRequest';
