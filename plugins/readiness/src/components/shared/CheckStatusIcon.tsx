import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import SnoozeIcon from '@material-ui/icons/Snooze';
import WarningIcon from '@material-ui/icons/Warning';
import type { CheckResult } from '@stagecraft/plugin-readiness-common';

const useStyles = makeStyles(theme => ({
  pass: { color: theme.palette.success.main },
  fail: { color: theme.palette.error.main },
  warning: { color: theme.palette.warning.main },
  error: { color: theme.palette.text.secondary },
  exempt: { color: theme.palette.info.main },
}));

export function CheckStatusIcon(props: { check: CheckResult }) {
  const classes = useStyles();
  const { status, severity } = props.check;
  if (status === 'pass') {
    return <CheckCircleIcon className={classes.pass} titleAccess="Passed" />;
  }
  if (status === 'exempt') {
    return <SnoozeIcon className={classes.exempt} titleAccess="Exempt" />;
  }
  if (status === 'error') {
    return (
      <HelpIcon className={classes.error} titleAccess="Could not be checked" />
    );
  }
  return severity === 'warning' ? (
    <WarningIcon className={classes.warning} titleAccess="Failed (warning)" />
  ) : (
    <ErrorIcon className={classes.fail} titleAccess="Failed" />
  );
}
