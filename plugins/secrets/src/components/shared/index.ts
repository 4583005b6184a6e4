export { ComplianceChip } from './ComplianceChip';
export { StoreApprovalChip, StoreCell } from './StoreChip';
export { FindingReasons, FindingsWithFixes } from './FindingsList';
export { RemediationButtons, RemediationLinkList } from './RemediationLinks';
export { SecretListTable } from './SecretListTable';
export { ComplianceCell, SecretNameCell } from './cells';
export { EntityHrefProvider, EntityLink } from './EntityLink';
