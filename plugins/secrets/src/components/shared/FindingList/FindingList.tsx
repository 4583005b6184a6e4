import { ReactNode } from 'react';
import { Typography, makeStyles } from '@material-ui/core';
import type { FindingSeverity } from '@stagecraft/plugin-secrets-common';
import { bySeverity } from '../../../lib/severity';
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
  dense: {
    gap: theme.spacing(0.5),
    marginBottom: 0,
    '& > svg': { fontSize: 16, marginTop: 2 },
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

/**
 * Findings, errors first, at most `max` then "+N more": with the fix under each for
 * entity cards, or `dense`, only what is wrong in small print, for table cells.
 */
export const FindingList = (props: {
  findings: readonly ListedFinding[];
  max?: number;
  dense?: boolean;
}) => {
  const classes = useStyles();
  const sorted = [...props.findings].sort(bySeverity);
  const shown = props.max ? sorted.slice(0, props.max) : sorted;
  const variant = props.dense ? 'caption' : 'body2';
  return (
    <ul className={classes.list}>
      {shown.map((finding, i) => (
        <li
          key={i}
          className={`${classes.finding} ${props.dense ? classes.dense : ''}`}
        >
          <SeverityIcon severity={finding.severity} />
          <div className={classes.text}>
            <Typography variant={variant}>{finding.text}</Typography>
            {!props.dense && (
              <Typography variant="body2" color="textSecondary">
                Fix: {finding.fix}
              </Typography>
            )}
          </div>
        </li>
      ))}
      {shown.length < sorted.length && (
        <li>
          <Typography variant={variant} color="textSecondary">
            +{sorted.length - shown.length} more
          </Typography>
        </li>
      )}
    </ul>
  );
};
