import Chip from '@material-ui/core/Chip';
import type { ExemptionState } from '@stagecraft/plugin-readiness-common';

export const EXEMPTION_STATE_LABELS: Record<ExemptionState, string> = {
  requested: 'Awaiting approval',
  approved: 'Approved',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

/** Where an exemption stands, in words. */
export function ExemptionStateChip(props: { state: ExemptionState }) {
  const { state } = props;
  const open = state === 'requested' || state === 'approved';
  let color: 'primary' | 'secondary' | 'default' = 'default';
  if (state === 'requested') color = 'secondary';
  if (state === 'approved') color = 'primary';
  return (
    <Chip
      size="small"
      label={EXEMPTION_STATE_LABELS[state]}
      color={color}
      variant={open ? 'default' : 'outlined'}
    />
  );
}
