import { ReactNode } from 'react';
import { Grid, Typography, makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: '10px',
    fontWeight: 'bold',
    letterSpacing: 0.5,
  },
}));

/** A labelled value in an entity card's grid, like the catalog's About card; "—" when empty. */
export const Field = (props: {
  label: string;
  children?: ReactNode;
  xs?: 6 | 12;
}) => {
  const classes = useStyles();
  return (
    <Grid item xs={props.xs ?? 6}>
      <Typography className={classes.label} component="div">
        {props.label}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children ?? '—'}
      </Typography>
    </Grid>
  );
};
