import {
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Typography,
  makeStyles,
} from '@material-ui/core';
import type { DriftKind } from '@stagecraft/plugin-secrets-common';
import { DRIFT_KINDS, DRIFT_KIND_LABELS } from '../../lib/driftFindings';
import { DRIFT_KIND_COLORS } from './driftKindColors';

const useStyles = makeStyles(theme => ({
  tile: { height: '100%' },
  selected: { outline: `2px solid ${theme.palette.primary.main}` },
  value: {
    fontSize: '2rem',
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.2,
  },
  swatch: {
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: 2,
    marginRight: theme.spacing(0.75),
  },
}));

/** How many findings of each kind the other filters show; a tile filters by its kind. */
export const DriftKindCounts = (props: {
  counts: Record<DriftKind, number>;
  kind?: DriftKind;
  onKindChange: (kind?: DriftKind) => void;
}) => {
  const classes = useStyles();
  return (
    <Grid
      container
      spacing={2}
      component="ul"
      aria-label="Findings per kind"
      style={{ padding: 0, listStyle: 'none' }}
    >
      {DRIFT_KINDS.map(kind => {
        const selected = props.kind === kind;
        const label = DRIFT_KIND_LABELS[kind];
        return (
          <Grid item xs={6} sm={4} md={2} key={kind} component="li">
            <Card
              className={`${classes.tile} ${selected ? classes.selected : ''}`}
            >
              <CardActionArea
                className={classes.tile}
                aria-pressed={selected}
                aria-label={`${label}: ${props.counts[kind]}`}
                onClick={() => props.onKindChange(selected ? undefined : kind)}
              >
                <CardContent>
                  <Typography className={classes.value}>
                    {props.counts[kind]}
                  </Typography>
                  <Typography variant="body2" color="textSecondary">
                    <span
                      className={classes.swatch}
                      style={{ backgroundColor: DRIFT_KIND_COLORS[kind] }}
                    />
                    {label}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
};
