import Chip from '@material-ui/core/Chip';
import type { CampaignProgress } from '@stagecraft/plugin-readiness-common';

const LABELS: Record<CampaignProgress['phase'], string> = {
  upcoming: 'Upcoming',
  active: 'Running',
  ended: 'Ended',
};

/** Whether a campaign has not started, runs, or is past its deadline. */
export function PhaseChip(props: { phase: CampaignProgress['phase'] }) {
  return (
    <Chip
      size="small"
      label={LABELS[props.phase]}
      color={props.phase === 'active' ? 'primary' : 'default'}
      variant={props.phase === 'ended' ? 'outlined' : 'default'}
    />
  );
}
