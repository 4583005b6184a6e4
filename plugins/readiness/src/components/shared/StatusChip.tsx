import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type {
  CheckStatus,
  ReadinessStatus,
} from '@stagecraft/plugin-readiness-common';

const LABELS: Record<ReadinessStatus | CheckStatus, string> = {
  pass: 'Ready',
  warn: 'Warnings',
  fail: 'Not ready',
  error: 'Could not check',
  exempt: 'Exempt',
};

const useStyles = makeStyles(theme => ({
  pass: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  warn: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  fail: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  error: {
    backgroundColor: theme.palette.grey[600],
    color: theme.palette.common.white,
  },
  exempt: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
}));

/** The readiness of an entity as a coloured chip with words, not colour alone. */
export function StatusChip(props: {
  status: ReadinessStatus;
  size?: 'small' | 'medium';
  className?: string;
}) {
  const classes = useStyles();
  return (
    <Chip
      size={props.size ?? 'small'}
      label={LABELS[props.status]}
      className={[classes[props.status], props.className]
        .filter(Boolean)
        .join(' ')}
    />
  );
}
