import { Typography, makeStyles } from '@material-ui/core';
import type { SecretCompliance } from '@stagecraft/plugin-secrets-common';
import { sortedFindings } from '../../lib/complianceStatus';
import { FindingList } from './FindingList/FindingList';
import { SeverityIcon } from './SeverityIcon/SeverityIcon';

export { SeverityIcon };

const useStyles = makeStyles(theme => ({
  compact: { margin: 0, padding: 0, listStyle: 'none' },
  compactItem: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    '& svg': { fontSize: 16, marginTop: 2, flexShrink: 0 },
  },
}));

/** Each finding's message with the fix under it: for an entity page. */
export const FindingsWithFixes = ({
  compliance,
}: {
  compliance: SecretCompliance;
}) => {
  if (compliance.findings.length === 0) {
    return (
      <Typography variant="body2">
        Follows every secret convention. Nothing to fix.
      </Typography>
    );
  }
  return (
    <FindingList
      findings={compliance.findings.map(finding => ({
        severity: finding.severity,
        text: finding.message,
        fix: finding.fix,
      }))}
    />
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
