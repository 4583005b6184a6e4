import { Chip, Tooltip, makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  simulated: {
    borderColor: theme.palette.info.main,
    color: theme.palette.info.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** Says the data was read from a simulated stand-in, not the real store. */
export const SimulatedChip = () => {
  const classes = useStyles();
  return (
    <Tooltip title="Read from a simulated stand-in, not the real store: no AWS or Vault access is configured for it">
      <Chip
        size="small"
        variant="outlined"
        label="Simulated"
        className={classes.simulated}
      />
    </Tooltip>
  );
};
