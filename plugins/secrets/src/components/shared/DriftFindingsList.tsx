import { Typography, makeStyles } from '@material-ui/core';
import type { DriftFinding } from '@stagecraft/plugin-secrets-common';
import { DRIFT_KIND_LABELS } from '../../lib/driftFindings';
import { SeverityIcon } from './FindingsList';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, padding: 0, listStyle: 'none' },
  finding: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1.5),
    '& > svg': { flexShrink: 0 },
  },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
}));

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/** Drift findings with their evidence and fix, errors first: for entity cards. */
export const DriftFindingsList = (props: {
  findings: readonly DriftFinding[];
  /** Show the secret or item each finding is about (a store's findings). */
  showSubject?: boolean;
  max?: number;
}) => {
  const classes = useStyles();
  const sorted = [...props.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  const shown = props.max ? sorted.slice(0, props.max) : sorted;
  return (
    <ul className={classes.list}>
      {shown.map((finding, i) => (
        <li key={i} className={classes.finding}>
          <SeverityIcon severity={finding.severity} />
          <div className={classes.text}>
            <Typography variant="body2">
              <strong>{DRIFT_KIND_LABELS[finding.kind]}</strong>
              {props.showSubject && (finding.item ?? finding.secret) && (
                <>
                  {' · '}
                  <code>{finding.item ?? finding.secret}</code>
                </>
              )}
              {': '}
              {finding.evidence}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              Fix: {finding.fix}
            </Typography>
          </div>
        </li>
      ))}
      {shown.length < sorted.length && (
        <li>
          <Typography variant="body2" color="textSecondary">
            +{sorted.length - shown.length} more
          </Typography>
        </li>
      )}
    </ul>
  );
};
