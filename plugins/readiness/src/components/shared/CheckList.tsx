import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { CheckResult } from '@stagecraft/plugin-readiness-common';
import { safeHttpUrl } from '@stagecraft/catalog-conventions-common';
import { SafeLink } from '@stagecraft/catalog-conventions-react';
import { ReactNode } from 'react';
import { CheckStatusIcon } from './CheckStatusIcon';
import { ExemptionChip } from './ExemptionChip';
import { ReasonText } from './ReasonText';

const useStyles = makeStyles(theme => ({
  // The Backstage theme keeps list item text on one line; reasons must wrap, long refs
  // and annotations (group:default/…, stagecraft.io/…) included.
  text: {
    whiteSpace: 'normal',
    overflow: 'visible',
    overflowWrap: 'anywhere',
  },
  icon: {
    minWidth: theme.spacing(5),
    alignSelf: 'flex-start',
    marginTop: theme.spacing(0.5),
  },
  // A long reason, such as the capacity check's arithmetic of each resource, reads better at
  // a line length one can follow; a reason the backend writes in lines shows them.
  reason: { whiteSpace: 'pre-line', maxWidth: '75ch' },
  fix: { marginTop: theme.spacing(0.5) },
  note: { display: 'block', marginTop: theme.spacing(0.5) },
}));

/**
 * Each check with its reason and, when it did not pass, how to fix it; a check let off by an
 * exemption shows the exemption. `action` adds what the user can do about one check.
 */
export function CheckList(props: {
  checks: CheckResult[];
  action?: (check: CheckResult) => ReactNode;
}) {
  const classes = useStyles();
  return (
    <List dense disablePadding>
      {props.checks.map(check => (
        <ListItem key={check.checkId} disableGutters alignItems="flex-start">
          <ListItemIcon className={classes.icon}>
            <CheckStatusIcon check={check} />
          </ListItemIcon>
          <ListItemText
            className={classes.text}
            primary={
              <>
                {check.title}
                {check.severity === 'warning' && check.status !== 'pass' && (
                  <Typography variant="caption" color="textSecondary">
                    {' '}
                    (warning)
                  </Typography>
                )}
              </>
            }
            secondaryTypographyProps={{ component: 'div' }}
            secondary={
              <>
                <Typography
                  variant="body2"
                  color="textSecondary"
                  className={classes.reason}
                >
                  <ReasonText text={check.reason} />
                </Typography>
                {check.exemption && (
                  <ExemptionChip exemption={check.exemption} />
                )}
                {check.status !== 'pass' && (check.fix || check.fixUrl) && (
                  <Typography variant="body2" className={classes.fix}>
                    {check.fix}{' '}
                    {safeHttpUrl(check.fixUrl) && (
                      <SafeLink url={check.fixUrl}>How to fix</SafeLink>
                    )}
                  </Typography>
                )}
                {check.notes?.map(note => (
                  <Typography
                    key={note}
                    variant="caption"
                    color="textSecondary"
                    className={classes.note}
                  >
                    {note}
                  </Typography>
                ))}
                {props.action?.(check)}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
