import { makeStyles } from '@material-ui/core';
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import type { FindingSeverity } from '@stagecraft/plugin-secrets-common';

const useStyles = makeStyles(theme => ({
  error: { color: theme.palette.status.error },
  warning: { color: theme.palette.status.warning },
}));

export const SeverityIcon = ({ severity }: { severity: FindingSeverity }) => {
  const classes = useStyles();
  if (severity === 'info') {
    return <InfoIcon color="action" titleAccess="info" />;
  }
  return severity === 'error' ? (
    <ErrorIcon className={classes.error} titleAccess="error" />
  ) : (
    <WarningIcon className={classes.warning} titleAccess="warning" />
  );
};
