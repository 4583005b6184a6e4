export { ComplianceChip } from './ComplianceChip';
export { StoreApprovalChip, StoreCell } from './StoreChip';
export {
  FindingReasons,
  FindingsWithFixes,
  SeverityIcon,
} from './FindingsList';
export { RemediationButtons, RemediationLinkList } from './RemediationLinks';
export { SecretListTable } from './SecretListTable';
export { ComplianceCell, SecretNameCell } from './cells';
export { EntityHrefProvider, EntityLink } from './EntityLink';
export { FilterSelect } from './FilterSelect';
export { SimulatedChip } from './SimulatedChip';
export { StoreStatus } from './StoreStatus';
export { DriftFindingsList } from './DriftFindingsList';
export { Field } from './Field';
export { FilterBar } from './FilterBar/FilterBar';
export { CountTiles } from './CountTiles/CountTiles';
export type { CountTile } from './CountTiles/CountTiles';
export { FindingList } from './FindingList/FindingList';
export { EntityInfoCard } from './EntityInfoCard/EntityInfoCard';
export type { ListedFinding } from './FindingList/FindingList';
