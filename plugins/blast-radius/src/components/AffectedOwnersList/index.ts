export { AffectedOwnersList } from './AffectedOwnersList';
export { ExportButtons } from './ExportButtons';
