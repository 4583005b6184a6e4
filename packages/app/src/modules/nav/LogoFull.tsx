import { makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles({
  wordmark: {
    color: '#7df3e1',
    fontWeight: 700,
    fontSize: 26,
    letterSpacing: 0.5,
    lineHeight: '30px',
  },
});

export const LogoFull = () => {
  const classes = useStyles();
  return <Typography className={classes.wordmark}>Stagecraft</Typography>;
};
