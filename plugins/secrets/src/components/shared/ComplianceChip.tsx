import { Chip, makeStyles } from '@material-ui/core';
import ErrorIcon from '@material-ui/icons/Error';
import WarningIcon from '@material-ui/icons/Warning';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import type { SecretCompliance } from '@stagecraft/plugin-secrets-common';
import { complianceStatus } from '../../lib/complianceStatus';

const useStyles = makeStyles(theme => ({
  'non-compliant': {
    backgroundColor: theme.palette.status.error,
    color: theme.palette.common.white,
    '& svg': { color: theme.palette.common.white },
  },
  warnings: {
    backgroundColor: theme.palette.status.warning,
    color: theme.palette.common.black,
    '& svg': { color: theme.palette.common.black },
  },
  compliant: {
    backgroundColor: theme.palette.status.ok,
    color: theme.palette.common.white,
    '& svg': { color: theme.palette.common.white },
  },
}));

const LABELS = {
  'non-compliant': 'Non-compliant',
  warnings: 'Warnings',
  compliant: 'Compliant',
};

const ICONS = {
  'non-compliant': <ErrorIcon />,
  warnings: <WarningIcon />,
  compliant: <CheckCircleIcon />,
};

/** Non-compliant (any error), Warnings (only warnings) or Compliant. */
export const ComplianceChip = ({
  compliance,
}: {
  compliance: SecretCompliance;
}) => {
  const classes = useStyles();
  const status = complianceStatus(compliance);
  return (
    <Chip
      size="small"
      icon={ICONS[status]}
      label={LABELS[status]}
      className={classes[status]}
    />
  );
};
