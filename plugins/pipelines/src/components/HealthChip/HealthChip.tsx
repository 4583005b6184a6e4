import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircle from '@material-ui/icons/CheckCircle';
import Error from '@material-ui/icons/Error';
import HelpOutline from '@material-ui/icons/HelpOutline';
import PauseCircleFilled from '@material-ui/icons/PauseCircleFilled';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import Warning from '@material-ui/icons/Warning';
import {
  HEALTH_LABELS,
  HealthState,
  StageHealth,
} from '@stagecraft/plugin-pipelines-common';
import { HEALTH_COLORS } from './healthColors';

const ICONS: Record<HealthState, typeof CheckCircle> = {
  'not-monitored': RemoveCircleOutline,
  ok: CheckCircle,
  unknown: HelpOutline,
  warning: Warning,
  critical: Error,
  'data-stopped': PauseCircleFilled,
};

const useStyles = makeStyles({
  chip: {
    color: '#fff',
    fontWeight: 600,
    '& svg': { color: '#fff' },
  },
  muted: {
    backgroundColor: 'transparent',
    border: `1px solid ${HEALTH_COLORS['not-monitored']}`,
    color: 'inherit',
    fontWeight: 400,
    '& svg': { color: HEALTH_COLORS['not-monitored'] },
  },
});

export interface HealthChipProps {
  state: HealthState;
  /** Shown as a tooltip: why the stage is in this state. */
  health?: StageHealth;
  size?: 'small' | 'medium';
}

/** A stage or pipeline health state as a coloured chip; the reasons are in the tooltip. */
export function HealthChip({ state, health, size = 'small' }: HealthChipProps) {
  const classes = useStyles();
  const Icon = ICONS[state];
  const muted = state === 'not-monitored';
  const chip = (
    <Chip
      size={size}
      icon={<Icon />}
      label={HEALTH_LABELS[state]}
      className={muted ? classes.muted : classes.chip}
      style={muted ? undefined : { backgroundColor: HEALTH_COLORS[state] }}
      data-health={state}
    />
  );
  const reasons = health?.reasons ?? [];
  if (reasons.length === 0) return chip;
  return (
    <Tooltip title={reasons.map(r => r.message).join(' · ')}>{chip}</Tooltip>
  );
}
