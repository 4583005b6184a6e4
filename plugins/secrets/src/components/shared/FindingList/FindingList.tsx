import { ReactNode } from 'react';
import { Typography, makeStyles } from '@material-ui/core';
import type { FindingSeverity } from '@stagecraft/plugin-secrets-common';
import { SeverityIcon } from '../SeverityIcon/SeverityIcon';

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

/** A finding as a card lists it: what is wrong and the fix. */
export type ListedFinding = {
  severity: FindingSeverity;
  /** What is wrong, e.g. the message, or the kind and evidence. */
  text: ReactNode;
  fix: string;
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

/** Findings with the fix under each, errors first, at most `max` then "+N more": for entity cards. */
export const FindingList = (props: {
  findings: readonly ListedFinding[];
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
            <Typography variant="body2">{finding.text}</Typography>
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
