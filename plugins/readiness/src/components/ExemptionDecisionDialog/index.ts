export { ExemptionDecisionDialog } from './ExemptionDecisionDialog';
export type { ExemptionDecision } from './ExemptionDecisionDialog';
