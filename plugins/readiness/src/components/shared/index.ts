export { CheckList } from './CheckList';
export { CheckStatusIcon } from './CheckStatusIcon';
export { ReasonText } from './ReasonText';
export { StatusChip } from './StatusChip';
export { TimeAgoCaption } from './TimeAgoCaption';
export { ExemptionChip, expiryDay, personName } from './ExemptionChip';
export {
  EXEMPTION_STATE_LABELS,
  ExemptionStateChip,
} from './ExemptionStateChip';
export { CheckFilter, SelectFilter } from './SelectFilter';
export { FormDialog } from './FormDialog';
export { MultilineField } from './MultilineField';
export { ColumnHeader } from './ColumnHeader';
export { ReadinessPageFrame } from './ReadinessPageFrame';
export { DayChart } from './DayChart';
