import { Typography, makeStyles } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import HelpIcon from '@material-ui/icons/Help';
import type { StoreDrift } from '@stagecraft/plugin-secrets-common';
import { storeStatusText } from '../../lib/storeStatus';

const useStyles = makeStyles(theme => ({
  status: {
    display: 'inline-flex',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
    '& svg': { fontSize: 18, flexShrink: 0 },
  },
  ok: { color: theme.palette.status.ok },
  unknown: { color: theme.palette.status.warning },
}));

/**
 * "OK", or "Unknown, last good at <time>: <problem>" for a store that could not be read:
 * its findings are then the last good read's, never "everything is missing".
 */
export const StoreStatus = (props: {
  store: Pick<StoreDrift, 'status' | 'lastGoodAt' | 'problem'>;
}) => {
  const classes = useStyles();
  const ok = props.store.status === 'ok';
  return (
    <Typography variant="body2" component="span" className={classes.status}>
      {ok ? (
        <CheckCircleIcon className={classes.ok} />
      ) : (
        <HelpIcon className={classes.unknown} />
      )}
      <span>{storeStatusText(props.store)}</span>
    </Typography>
  );
};
