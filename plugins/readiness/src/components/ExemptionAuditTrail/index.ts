export { ExemptionAuditTrail } from './ExemptionAuditTrail';
