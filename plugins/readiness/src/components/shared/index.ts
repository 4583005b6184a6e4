export { CheckList } from './CheckList';
export { CheckStatusIcon } from './CheckStatusIcon';
export { StatusChip } from './StatusChip';
export { TimeAgoCaption } from './TimeAgoCaption';
export { ExemptionChip, expiryDay, personName } from './ExemptionChip';
export {
  EXEMPTION_STATE_LABELS,
  ExemptionStateChip,
} from './ExemptionStateChip';
export { checkOptions, SelectFilter } from './SelectFilter';
export { FormDialog } from './FormDialog';
