import { Typography, makeStyles } from '@material-ui/core';
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import type {
  FindingSeverity,
  SecretCompliance,
} from '@stagecraft/plugin-secrets-common';
import { sortedFindings } from '../../lib/complianceStatus';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  finding: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1.5),
    '& > svg': { flexShrink: 0 },
  },
  findingText: { minWidth: 0, overflowWrap: 'anywhere' },
  error: { color: theme.palette.status.error },
  warning: { color: theme.palette.status.warning },
  compact: { margin: 0, padding: 0, listStyle: 'none' },
  compactItem: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    '& svg': { fontSize: 16, marginTop: 2, flexShrink: 0 },
  },
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

/** Each finding's message with the fix under it: for an entity page. */
export const FindingsWithFixes = ({
  compliance,
}: {
  compliance: SecretCompliance;
}) => {
  const classes = useStyles();
  const findings = sortedFindings(compliance);
  if (findings.length === 0) {
    return (
      <Typography variant="body2">
        Follows every secret convention. Nothing to fix.
      </Typography>
    );
  }
  return (
    <ul className={classes.list}>
      {findings.map((finding, i) => (
        <li key={i} className={classes.finding}>
          <SeverityIcon severity={finding.severity} />
          <div className={classes.findingText}>
            <Typography variant="body2">{finding.message}</Typography>
            <Typography variant="body2" color="textSecondary">
              Fix: {finding.fix}
            </Typography>
          </div>
        </li>
      ))}
    </ul>
  );
};

/** The findings' messages, errors first, at most `max` then "+N more": for table cells. */
export const FindingReasons = ({
  compliance,
  max = 3,
}: {
  compliance: SecretCompliance;
  max?: number;
}) => {
  const classes = useStyles();
  const findings = sortedFindings(compliance);
  if (findings.length === 0) {
    return null;
  }
  const shown = findings.slice(0, max);
  return (
    <ul className={classes.compact}>
      {shown.map((finding, i) => (
        <li key={i} className={classes.compactItem}>
          <SeverityIcon severity={finding.severity} />
          <Typography variant="caption">{finding.message}</Typography>
        </li>
      ))}
      {findings.length > max && (
        <li>
          <Typography variant="caption" color="textSecondary">
            +{findings.length - max} more
          </Typography>
        </li>
      )}
    </ul>
  );
};
